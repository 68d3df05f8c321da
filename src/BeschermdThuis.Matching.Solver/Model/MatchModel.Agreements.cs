using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Solver.Results;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Model;

internal sealed partial class MatchModel
{
    /// <summary>Quotas (performance agreements): per agreement that applies, its target as a soft goal and its cap as a hard limit.</summary>
    private void AddAgreements(LinearExprBuilder spread)
    {
        var problem = Index.Problem;
        var pairsByUnit = GroupPairs(Index.UnitCount, Pairs.UnitOf);
        foreach (var (agreement, target, capLeft, _) in problem.Quotas.Where(quota => quota.Applies))
        {
            var inAgreement = Enumerable.Range(0, Index.UnitCount)
                .Where(unit => agreement.Covers(problem.Units[unit]))
                .SelectMany(unit => pairsByUnit[unit] ?? [])
                .Order()
                .ToList();
            var placed = LinearExpr.Sum(inAgreement.Select(pair => Assigned[pair]));
            if (target > 0)
            {
                AddAgreementShortfall(agreement, target, inAgreement, placed, spread);
            }
            if (capLeft is { } cap && inAgreement.Count > cap)
            {
                AddAgreementCap(agreement, cap, inAgreement, placed);
            }
        }
    }

    // Agreement shortfall sits in the Spread goal: quotas are the corporations' commitments, and meeting one must
    // never cost a person a home, a wish or a recovery-friendly place.
    /// <summary>Quotas: every placement short of an agreement's target costs the spread goal.</summary>
    private void AddAgreementShortfall(PerformanceAgreement agreement, int target, List<int> inAgreement, LinearExpr placed, LinearExprBuilder spread)
    {
        var shortfall = Cp.NewIntVar(0, target, $"shortfall_{agreement.Id}");
        Cp.Add(shortfall >= target - placed);
        _hints.AddDerived(shortfall, inAgreement, -1, target);
        spread.AddTerm(shortfall, -Index.Problem.Options.Policy.Spread.AgreementShortfallPenaltyPerUnit);
    }

    /// <summary>Quotas: no more placements under an agreement than its cap leaves after the placements made earlier.</summary>
    private void AddAgreementCap(PerformanceAgreement agreement, int cap, List<int> inAgreement, LinearExpr placed)
    {
        var pins = inAgreement.Count(_pinned.Contains);
        var earlier = agreement.CapUnits - cap;
        _assumptions.Enforce(Cp.Add(placed <= cap), new ConstraintConflict(ConflictKind.AgreementCap, agreement.Id, cap, pins,
            $"agreement {agreement.Id} caps {agreement.CorporationId} in {agreement.Municipality} at {agreement.CapUnits} placements"
            + (earlier > 0 ? $", {earlier} made earlier" : "") + $"; {pins} pinned pairs need it"));
    }
}
