using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Domain.Proposals;

namespace BeschermdThuis.Matching.Cli.Demo;

/// <summary>
/// What the demo's proposals did: each pair's path through the lifecycle, the stored states, and what changed between the
/// demo match and the re-match (pairs kept because their proposal is open, new pairs, released pairs, the signed tenancy
/// gone from the match, the declined pair not proposed again).
/// </summary>
internal sealed record DemoProposalsSummary(StoredMatchRun First, StoredMatchRun Second, IReadOnlyList<DemoProposal> Proposals, IReadOnlyList<ProposalState> States)
{
    private static (string Client, string Unit) Key(PairDocument p) => (p.Client, p.Unit);

    public IReadOnlyList<PairDocument> Kept => [.. Second.Result.Pairs.Where(p => p.Pinned)];

    public IReadOnlyList<PairDocument> New => [.. Second.Result.Pairs.Where(p => !First.Result.Pairs.Select(Key).Contains(Key(p)))];

    /// <summary>Pairs of the first match the re-match did not make again, besides the signed and the declined ones.</summary>
    public IReadOnlyList<PairDocument> Released => [.. First.Result.Pairs
        .Where(p => !Second.Result.Pairs.Select(Key).Contains(Key(p)))
        .Where(p => !Proposals.Any(d => (d.Client, d.Unit) == Key(p) && d.Proposal.State is ProposalState.TenancySigned or ProposalState.DeclinedByCorporation))];

    public DemoProposal? Signed => Proposals.FirstOrDefault(p => p.Proposal.State == ProposalState.TenancySigned);

    public DemoProposal? Declined => Proposals.FirstOrDefault(p => p.Proposal.State == ProposalState.DeclinedByCorporation);

    /// <summary>Whether the re-match proposed the declined pair again (it must not).</summary>
    public bool DeclinedPairReturned => Declined is { } d && Second.Result.Pairs.Any(p => (p.Client, p.Unit) == (d.Client, d.Unit));

    public IEnumerable<string> Lines()
    {
        yield return $"Proposals: every pair of {First.Summary.Id} became a draft and was proposed to the unit's corporation ({Proposals.Count} proposals).";
        foreach (var p in Proposals.Where(p => p.Path.Count > 2))
        {
            yield return $"  {Short(p.Client)} -> {Short(p.Unit)}: {string.Join(" -> ", p.Path)}{Detail(p.Proposal)}";
        }
        var waiting = Proposals.Count(p => p.Path.Count <= 2);
        if (waiting > 0)
        {
            yield return $"  {waiting} more: Draft -> ProposedToCorporation (the corporation answers before its deadline)";
        }
        yield return "States now: " + string.Join(", ", States.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")) + ".";
        yield return $"Re-match {Second.Summary.Id}: {Kept.Count} pairs kept (pinned by their open proposal), {New.Count} new{Listed(New)}, {Released.Count} released{Listed(Released)}.";
        if (Signed is { } signed)
        {
            yield return $"  The signed tenancy left the match: {Short(signed.Client)} is housed and {Short(signed.Unit)} let; it counts as a placement in {signed.Proposal.Neighbourhood}.";
        }
        if (Declined is { } declined)
        {
            var now = Second.Result.Pairs.FirstOrDefault(p => p.Client == declined.Client);
            yield return $"  The declined pair {Short(declined.Client)} -> {Short(declined.Unit)} is {(DeclinedPairReturned ? "PROPOSED AGAIN" : "not proposed again")}; "
                + (now is null ? $"{Short(declined.Client)} is unmatched this time." : $"{Short(declined.Client)} now gets {Short(now.Unit)}.");
        }
        yield return "Carry on with: proposals list | proposals accept ID | proposals decline ID --reason CODE | proposals reasons | waiting (see --help).";
    }

    private static string Detail(Proposal p) => p switch
    {
        { Decision: { } d } => $" ({d.Reason.Code}: {d.Reason.Label})",
        { Support: { } s, MoveDate: { } move } => $" (support by {s.CareTeamId} from {s.StartsOn:yyyy-MM-dd}, moving in {move:yyyy-MM-dd})",
        _ => "",
    };

    // A few pairs by name, so the change can be looked up (proposals list --client …); many are only counted.
    private static string Listed(IReadOnlyList<PairDocument> pairs) =>
        pairs.Count is > 0 and <= 5 ? $" ({string.Join(", ", pairs.Select(p => $"{Short(p.Client)} -> {Short(p.Unit)}"))})" : "";

    private static string Short(string name) => name.StartsWith("corporations/", StringComparison.Ordinal)
        ? name["corporations/".Length..].Replace("/units/", "/", StringComparison.Ordinal)
        : name[(name.LastIndexOf('/') + 1)..];
}
