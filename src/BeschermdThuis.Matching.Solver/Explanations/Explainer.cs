using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Results;

namespace BeschermdThuis.Matching.Solver.Explanations;

/// <summary>
/// Explains a result client by client: for a matched client, the wishes honoured and why the chosen unit beat
/// higher-ranked area wishes; for an unmatched client, either the rules that excluded every unit (counts per rule
/// and the closest misses) or who got the eligible units instead.
/// </summary>
public static class Explainer
{
    private const int MaxUnitsListed = 3;

    public static IReadOnlyList<ClientExplanation> Explain(EligibilityIndex index, MatchResult result) => Explain(index, result, _ => true);

    /// <summary>
    /// The explanations of the clients <paramref name="include"/> selects, in problem order, each equal to its entry in
    /// <see cref="Explain(EligibilityIndex, MatchResult)"/>; the others cost nothing (the simulation explains only its queue).
    /// </summary>
    public static IReadOnlyList<ClientExplanation> Explain(EligibilityIndex index, MatchResult result, Func<ClientReference, bool> include)
    {
        var problem = index.Problem;
        var holder = result.Pairs.ToDictionary(p => p.UnitId, p => p.Client, StringComparer.Ordinal);
        var placedPerNeighbourhood = result.Pairs.GroupBy(p => p.Neighbourhood).ToDictionary(g => g.Key, g => g.Count());
        // The bit-set pass the engine uses: equal to checking every pair (a test holds it to that), at clients × units / 64.
        var pairs = index.FindEligiblePairs();
        var explanations = new List<ClientExplanation>();
        for (int c = 0, first = 0; c < index.ClientCount; c++)
        {
            var end = first;
            while (end < pairs.Count && pairs.ClientOf(end) == c)
            {
                end++;
            }
            var client = problem.Clients[c];
            if (include(client.Reference))
            {
                var eligible = pairs.Units[first..end].ToArray().ToList();
                var context = new Context(index, c, holder, placedPerNeighbourhood);
                explanations.Add(result.PairOf(client.Reference) is { } pair
                    ? new ClientExplanation(client.Reference, pair.UnitId, Matched(context, pair, eligible))
                    : new ClientExplanation(client.Reference, null, Unmatched(context, eligible)));
            }
            first = end;
        }
        return explanations;
    }

    public static ClientExplanation ExplainClient(EligibilityIndex index, MatchResult result, ClientReference client) =>
        Explain(index, result, c => c == client).Single();

    private static List<Reason> Matched(Context x, MatchedPair pair, List<int> eligible)
    {
        var client = x.Index.Problem.Clients[x.Client];
        var reasons = new List<Reason>
        {
            pair.Pinned ? new Reason(ReasonKind.Pinned, pair.UnitId) : new Reason(ReasonKind.Matched, pair.UnitId, Rank: pair.Scores.AreaRank),
        };
        foreach (var wish in client.Wishes.Areas.Where(w => pair.Scores.AreaRank is not { } r || w.Rank < r))
        {
            reasons.AddRange(WhyNotArea(x, wish, eligible));
        }
        if (pair.Scores.DwellingTypeRank is > 1)
        {
            reasons.Add(new Reason(ReasonKind.DwellingTypeWishNotFirst, pair.UnitId, Rank: pair.Scores.DwellingTypeRank));
        }
        return reasons;
    }

    private static IEnumerable<Reason> WhyNotArea(Context x, AreaWish wish, List<int> eligible)
    {
        var problem = x.Index.Problem;
        var inArea = eligible.Where(u => wish.Area.Contains(problem.Units[u].Neighbourhood)).ToList();
        if (inArea.Count == 0)
        {
            var units = Enumerable.Range(0, x.Index.UnitCount).Where(u => wish.Area.Contains(problem.Units[u].Neighbourhood)).ToList();
            var top = units.Select(u => x.Index.FirstFailure(x.Client, u)).OfType<RuleId>().GroupBy(r => r)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
            yield return new Reason(ReasonKind.NoEligibleUnitInWishedArea, Rule: top?.Key, Rank: wish.Rank, Area: wish.Area.Code, Count: units.Count);
            yield break;
        }
        foreach (var u in inArea.Take(MaxUnitsListed))
        {
            var reason = UnitFate(x, u);
            yield return reason with
            {
                Kind = reason.Kind == ReasonKind.UnitWentToOther ? ReasonKind.WishedUnitWentToOther : ReasonKind.WishedUnitNotUsed,
                Rank = wish.Rank,
                Area = wish.Area.Code,
            };
        }
    }

    private static List<Reason> Unmatched(Context x, List<int> eligible)
    {
        if (eligible.Count > 0)
        {
            return [new Reason(ReasonKind.EligibleUnitsWentToOthers, Count: eligible.Count), .. eligible.Take(MaxUnitsListed * 2).Select(u => UnitFate(x, u))];
        }
        var reasons = new List<Reason> { new(ReasonKind.NoEligibleUnit) };
        // Counted into a tally per rule without writing any failure's values (the costly part on a large queue); only
        // the closest misses listed are evaluated in full.
        var tally = new int[(int)RuleIds.All.Max() + 1];
        var misses = x.Index.TallyFailures(x.Client, tally, MaxUnitsListed);
        reasons.AddRange(RuleIds.All.Where(r => tally[(int)r] > 0).OrderByDescending(r => tally[(int)r]).ThenBy(r => r)
            .Select(r => new Reason(ReasonKind.RuleExcludedUnits, Rule: r, Count: tally[(int)r])));
        reasons.AddRange(misses.Select(u => (Unit: u, Failure: x.Index.Evaluate(x.Client, u)[0]))
            .Select(f => new Reason(ReasonKind.ClosestMiss, x.Index.Problem.Units[f.Unit].Id, f.Failure.Rule, Detail: f.Failure.Detail)));
        return reasons;
    }

    private static Reason UnitFate(Context x, int u)
    {
        var problem = x.Index.Problem;
        var unit = problem.Units[u];
        if (x.Holder.TryGetValue(unit.Id, out var other))
        {
            var days = problem.Clients[x.Index.ClientIndex(other)].DaysPastReadiness(problem.Today) - problem.Clients[x.Client].DaysPastReadiness(problem.Today);
            return new Reason(ReasonKind.UnitWentToOther, unit.Id, OtherClient: other, DaysDifference: days);
        }
        var b = x.Index.Neighbourhoods.IndexOf[unit.Neighbourhood];
        var placed = x.Placed.GetValueOrDefault(unit.Neighbourhood);
        // The cause is structured (Rule, Area, Count) so each language renders it; Detail keeps an English note for logs.
        if (placed >= x.Index.Neighbourhoods.Room(b))
        {
            return new Reason(ReasonKind.UnitNotUsed, unit.Id, RuleId.AreaCapacity, Area: unit.Neighbourhood.Value, Count: placed,
                Detail: $"{unit.Neighbourhood} reached its limit ({placed} new placements)");
        }
        if (x.Index.Clients.MaxPeers[x.Client] < x.Index.Neighbourhoods.Existing[b] + placed + 1)
        {
            return new Reason(ReasonKind.UnitNotUsed, unit.Id, RuleId.RecoveryMaxPeers, Area: unit.Neighbourhood.Value,
                Detail: $"more peers in {unit.Neighbourhood} than the client accepts");
        }
        return new Reason(ReasonKind.UnitNotUsed, unit.Id,
            Detail: "placing the client there would lower a higher-priority goal or break a care-team or agreement limit");
    }

    private sealed record Context(EligibilityIndex Index, int Client, Dictionary<string, ClientReference> Holder, Dictionary<Domain.Geography.NeighbourhoodCode, int> Placed);
}
