using System.Numerics;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Solver.Eligibility.Rules;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Solver.Eligibility;

/// <summary>
/// The hard rules, precomputed so that checking one client–unit pair is a handful of array reads and comparisons:
/// every geometric question (which neighbourhood, which care team covers a unit, which units lie near the
/// neighbourhood of origin) is answered once per unit or once per distinct origin zone, never per pair.
/// Each rule is stated once, under <c>Rules/</c>; the three ways to ask (<see cref="FirstFailure"/>, the
/// allocation-free fast path; <see cref="Evaluate"/>, every failed rule with values; <see cref="FindEligiblePairs"/>,
/// all pairs at once) walk the list in <see cref="EligibilityRules"/>.
/// Immutable after construction and safe to share between threads.
/// </summary>
public sealed class EligibilityIndex
{
    private readonly EligibilityFacts _facts;

    public EligibilityIndex(MatchProblem problem)
    {
        _facts = new EligibilityFacts(problem);
    }

    public MatchProblem Problem => _facts.Problem;

    public int ClientCount => _facts.ClientCount;

    public int UnitCount => _facts.UnitCount;

    internal UnitFacts Units => _facts.Units;

    internal ClientFacts Clients => _facts.Clients;

    internal NeighbourhoodFacts Neighbourhoods => _facts.Neighbourhoods;

    public int ClientIndex(ClientReference client) =>
        Clients.IndexOf.TryGetValue(client, out var i) ? i : throw new DomainValidationException("client", $"unknown client {client}");

    public int UnitIndex(string unitId) =>
        Units.IndexOf.TryGetValue(unitId, out var i) ? i : throw new DomainValidationException("unit", $"unknown unit {unitId}");

    /// <summary>The first rule the pair fails, in <see cref="RuleId"/> order, or null when the pair is eligible.</summary>
    public RuleId? FirstFailure(int client, int unit)
    {
        var walk = new FirstFailureWalk(_facts, client, unit);
        EligibilityRules.InOrder(ref walk);
        return walk.Failure;
    }

    public bool IsEligible(int client, int unit) => FirstFailure(client, unit) is null;

    /// <summary>True when the client's current care team covers the unit, so the team goes on and no new caseload is needed.</summary>
    public bool KeepsOwnTeam(int client, int unit) => _facts.KeepsOwnTeam(client, unit);

    /// <summary>Every rule the pair fails, with the values that decided it.</summary>
    public IReadOnlyList<RuleFailure> Evaluate(int client, int unit)
    {
        var walk = new ExplainWalk(_facts, client, unit);
        EligibilityRules.InOrder(ref walk);
        return walk.Failures;
    }

    /// <summary>The rules the pair fails, each with the number of failures <see cref="Evaluate"/> lists for it, without their values.</summary>
    public IReadOnlyList<(RuleId Rule, int Count)> FailureCounts(int client, int unit)
    {
        var walk = new FailureCountWalk(_facts, client, unit);
        EligibilityRules.InOrder(ref walk);
        return walk.Failures;
    }

    /// <summary>
    /// The client's <see cref="FailureCounts"/> over every unit, summed per rule into <paramref name="tally"/> (indexed by
    /// <see cref="RuleId"/>), without a list per pair. Returns the first <paramref name="closest"/> units, in unit order,
    /// whose counts are exactly one rule failed once (the closest misses).
    /// </summary>
    internal List<int> TallyFailures(int client, int[] tally, int closest)
    {
        var misses = new List<int>();
        for (var unit = 0; unit < UnitCount; unit++)
        {
            var walk = new FailureTallyWalk(_facts, client, unit, tally);
            EligibilityRules.InOrder(ref walk);
            if (walk.SingleFailure && misses.Count < closest)
            {
                misses.Add(unit);
            }
        }
        return misses;
    }

    /// <summary>
    /// All eligible pairs, client by client; the only pairs the model gets variables for. Each client's row is the AND
    /// of the rules' unit sets (<see cref="UnitSets"/>), so the cost grows with clients × units / 64, not per pair;
    /// the result equals checking <see cref="FirstFailure"/> for every pair (a test holds it to that).
    /// </summary>
    public EligiblePairs FindEligiblePairs()
    {
        var sets = new UnitSets(_facts);
        var row = new ulong[sets.Words];
        var clients = new List<int>();
        var units = new List<int>();
        for (var client = 0; client < ClientCount; client++)
        {
            sets.Fill(row);
            var walk = new UnitSetWalk(sets, client, row);
            EligibilityRules.InOrder(ref walk);
            for (var w = 0; w < row.Length; w++)
            {
                for (var bits = row[w]; bits != 0; bits &= bits - 1)
                {
                    clients.Add(client);
                    units.Add((w << 6) + BitOperations.TrailingZeroCount(bits));
                }
            }
        }
        return new EligiblePairs([.. clients], [.. units]);
    }

    /// <summary>Distance in metres (RD New) from the unit to the client's nearest support anchor, else to the current care team's base; null when neither exists.</summary>
    public double? SupportDistance(int client, int unit)
    {
        var c = Clients;
        var u = Units;
        double? best = null;
        for (var a = c.AnchorStart[client]; a < c.AnchorStart[client + 1]; a++)
        {
            var d = EligibilityFacts.Distance(c.AnchorX[a], c.AnchorY[a], u.X[unit], u.Y[unit]);
            best = best is null ? d : Math.Min(best.Value, d);
        }
        if (best is null && c.Team[client] >= 0)
        {
            var b = u.TeamBases[c.Team[client]];
            best = EligibilityFacts.Distance(b.X, b.Y, u.X[unit], u.Y[unit]);
        }
        return best;
    }
}
