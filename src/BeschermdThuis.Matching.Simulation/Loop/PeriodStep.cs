using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Simulation.Scenarios;
using BeschermdThuis.Matching.Simulation.Trace;
using BeschermdThuis.Matching.Solver;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Explanations;

namespace BeschermdThuis.Matching.Simulation.Loop;

/// <summary>
/// One period after the arrivals: the engine's match on the state so far, each proposal decided by the corporation and
/// then the client, the signed ones placed, and the queue explained by the engine's own explanation.
/// </summary>
internal static class PeriodStep
{
    public static PeriodTrace Run(ReplicationState state, int number, DateRange period, IReadOnlyList<ClientArrival> arrivals,
        IReadOnlyList<UnitOffer> offered, DecisionProbabilities decisions, Random random, StageClock clock)
    {
        var index = new EligibilityIndex(state.ProblemFor(period));
        var result = MatchEngine.Solve(index);
        clock.Lap(ref clock.Matching);
        var problem = index.Problem;
        var clients = problem.Clients.ToDictionary(c => c.Reference);
        var units = problem.Units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var proposals = new List<ProposalOutcome>();
        var placements = new List<Placement>();
        var declined = new HashSet<Domain.Clients.ClientReference>();
        foreach (var pair in result.Pairs.OrderBy(p => p.Client.Value, StringComparer.Ordinal))
        {
            var client = clients[pair.Client];
            var unit = units[pair.UnitId];
            var outcome = !random.Chance(decisions.CorporationAccepts) ? ProposalState.DeclinedByCorporation
                : !random.Chance(decisions.ClientAccepts) ? ProposalState.DeclinedByClient
                : ProposalState.TenancySigned;
            proposals.Add(new ProposalOutcome(pair.Client, pair.UnitId, unit.CorporationId, outcome));
            if (outcome != ProposalState.TenancySigned)
            {
                state.Decline(pair.Client, pair.UnitId);
                declined.Add(pair.Client);
                continue;
            }
            var move = unit.AvailableFrom > period.Start ? unit.AvailableFrom : period.Start;
            var under = state.Place(client, unit, pair.CareTeamId, move);
            placements.Add(new Placement(client.Reference, client.ResponsibleMunicipality, client.HouseholdSize, client.ReadinessDate, unit.Id,
                unit.CorporationId, unit.Neighbourhood.Municipality, unit.Neighbourhood, client.Wishes.AreaRankOf(unit.Neighbourhood), unit.Tenancy,
                unit.ContractForm, move, Math.Max(0, move.DayNumber - client.ReadinessDate.DayNumber), pair.CareTeamId, under));
        }
        clock.Lap(ref clock.Recording);
        // Only the queue is explained, after the placements (an explanation depends on the match alone, not on them).
        var queue = state.Waiting.Select(w => w.Client.Reference).ToHashSet();
        var explanations = Explainer.Explain(index, result, queue.Contains).ToDictionary(e => e.Client);
        clock.Lap(ref clock.Explaining);
        var waiting = state.Waiting.Select(w => Waiting(w.Client, period, explanations[w.Client.Reference], declined.Contains(w.Client.Reference))).ToList();
        var match = new PeriodMatch(result.Status, problem.Clients.Count, problem.Units.Count, result.EligiblePairCount, state.ExcludedCount, result.Pairs.Count);
        var trace = new PeriodTrace(number, period, arrivals, offered, match, proposals, placements, waiting, [.. state.Free.Select(Offer)]);
        clock.Lap(ref clock.Recording);
        return trace;
    }

    public static UnitOffer Offer(HousingUnit unit) =>
        new(unit.Id, unit.CorporationId, unit.Neighbourhood.Municipality, unit.Neighbourhood, unit.AvailableFrom, unit.Tenancy, unit.ContractForm);

    // The engine's explanation names the reason: no eligible unit (and the rule that excluded most), or eligible units
    // that went to others (and the limit that kept one free, if any); a declined proposal says so first.
    private static WaitingClient Waiting(Domain.Clients.Client client, DateRange period, ClientExplanation explanation, bool declined)
    {
        var reasons = explanation.Reasons;
        var (reason, rule) = declined
            ? (WaitReason.ProposalDeclined, (string?)null)
            : reasons.Any(r => r.Kind == ReasonKind.NoEligibleUnit)
                ? (WaitReason.NoEligibleUnit, reasons.FirstOrDefault(r => r.Kind == ReasonKind.RuleExcludedUnits)?.RuleCode)
                : (WaitReason.EligibleUnitsWentToOthers, reasons.FirstOrDefault(r => r.Kind == ReasonKind.UnitNotUsed && r.Rule is not null)?.RuleCode);
        return new WaitingClient(client.Reference, client.ResponsibleMunicipality, client.HouseholdSize, client.ReadinessDate,
            client.DaysPastReadiness(period.End), reason, rule, reasons);
    }
}
