using BeschermdThuis.Matching.Domain.Parties;

namespace BeschermdThuis.Matching.Application.Matching;

/// <summary>Who runs a match (recorded with the run) and what they see of it.</summary>
public sealed record MatchCaller(Party Party, MatchRunAudience Audience)
{
    /// <summary>
    /// The local command line: it opens the database file itself, so nothing in a run is hidden from it. Recorded as
    /// the administrator "local-cli". Never reachable over gRPC, where callers are always checked by <see cref="AccessPolicy"/>.
    /// </summary>
    public static MatchCaller LocalOperator { get; } = new(new Party(PartyKind.Administrator, "local-cli"), MatchRunAudience.Full);
}
