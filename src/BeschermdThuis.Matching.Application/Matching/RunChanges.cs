using BeschermdThuis.Matching.Domain.Proposals;

namespace BeschermdThuis.Matching.Application.Matching;

/// <summary>How a pair fared from one run to the next.</summary>
public enum PairChange
{
    /// <summary>In both runs (pinned by its active proposal, or chosen again).</summary>
    Kept = 1,

    /// <summary>Only in the later run.</summary>
    New = 2,

    /// <summary>Only in the earlier run; the reason says why it is gone.</summary>
    Released = 3,
}

/// <summary>One pair of either run, with what happened to it and why.</summary>
public sealed record PairChangeLine(PairChange Change, string Client, string Municipality, string Unit, string Reason);

/// <summary>
/// What a re-match changed against the run before it (issue 11, item 5): pairs kept, new and released, each with its
/// reason, so a desk sees that pending proposals stayed where they were and why a pair it knew is gone.
/// </summary>
public sealed record RunChanges(string PreviousRunId, string RunId, IReadOnlyList<PairChangeLine> Lines)
{
    /// <summary>
    /// Compares <paramref name="previous"/> with <paramref name="current"/>; <paramref name="proposals"/> are the region's
    /// proposals now (they give the reasons); only the pairs of clients <paramref name="audience"/> may see are listed.
    /// </summary>
    public static RunChanges Between(StoredMatchRun previous, StoredMatchRun current, IReadOnlyList<Proposal> proposals, MatchRunAudience audience)
    {
        var before = previous.Result.Pairs.Where(p => audience.SeesClientOf(p.Municipality)).ToList();
        var after = current.Result.Pairs.Where(p => audience.SeesClientOf(p.Municipality)).ToList();
        var latest = proposals
            .GroupBy(p => (Client: ResourceNames.Client(p.Municipality, p.Client), Unit: ResourceNames.Unit(p.CorporationId, p.UnitId)))
            .ToDictionary(g => g.Key, g => g.MaxBy(p => p.UpdatedAt)!);
        var afterPairs = after.Select(p => (p.Client, p.Unit)).ToHashSet();
        var beforePairs = before.Select(p => (p.Client, p.Unit)).ToHashSet();
        var lines = new List<PairChangeLine>();
        foreach (var pair in after)
        {
            var kept = beforePairs.Contains((pair.Client, pair.Unit));
            var reason = pair.Pinned && latest.TryGetValue((pair.Client, pair.Unit), out var pinnedBy)
                ? $"pinned: its proposal is {pinnedBy.State}"
                : kept ? "chosen again" : "new in this run";
            lines.Add(new PairChangeLine(kept ? PairChange.Kept : PairChange.New, pair.Client, pair.Municipality, pair.Unit, reason));
        }
        foreach (var pair in before.Where(p => !afterPairs.Contains((p.Client, p.Unit))))
        {
            lines.Add(new PairChangeLine(PairChange.Released, pair.Client, pair.Municipality, pair.Unit, WhyReleased(pair, after, latest)));
        }
        return new RunChanges(previous.Summary.Id, current.Summary.Id, lines);
    }

    private static string WhyReleased(
        PairDocument pair, IReadOnlyList<PairDocument> after, Dictionary<(string Client, string Unit), Proposal> latest)
    {
        if (latest.TryGetValue((pair.Client, pair.Unit), out var proposal) && proposal.State.IsFinal())
        {
            return proposal.Decision is { } decision
                ? $"{proposal.State}: {decision.Reason.Code}"
                : proposal.State.ToString();
        }
        if (after.FirstOrDefault(p => p.Client == pair.Client) is { } elsewhere)
        {
            return $"the client is matched to {elsewhere.Unit} now";
        }
        if (after.Any(p => p.Unit == pair.Unit))
        {
            return "the unit is matched to another client now";
        }
        return "neither the client nor the unit is matched in this run";
    }
}
