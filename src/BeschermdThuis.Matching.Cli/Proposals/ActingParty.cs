using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Proposals;

namespace BeschermdThuis.Matching.Cli.Proposals;

/// <summary>
/// Who a proposal command acts as. The local command line holds the whole database, but every move of a proposal is
/// some party's move and is audited as theirs: by default the party whose move it is now, read from the lifecycle table
/// (the client's desk proposes, offers, records the client's answer, confirms support and withdraws; the unit's
/// corporation accepts, declines and signs), as when a desk employee records an answer that came in by phone.
/// <c>--as desk:GM0268</c> or <c>--as corporation:talis</c> acts as that party instead, with exactly its rights.
/// </summary>
internal static class ActingParty
{
    public const string OptionDescription =
        "Act as this party: desk:<municipality code> or corporation:<corporation id> (default: the party whose move it is on the proposal).";

    /// <exception cref="CommandFailedException">The text is not desk:… or corporation:….</exception>
    public static Party Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var (kind, id) = colon > 0 ? (text[..colon].ToLowerInvariant(), text[(colon + 1)..]) : ("", "");
        return kind switch
        {
            "desk" or "municipaldesk" when id.Length > 0 => new Party(PartyKind.MunicipalDesk, id),
            "corporation" or "housingcorporation" when id.Length > 0 => new Party(PartyKind.HousingCorporation, id),
            _ => throw new CommandFailedException($"--as {text}: expected desk:<municipality code> (desk:GM0268) or corporation:<corporation id>", 2),
        };
    }

    /// <summary>The given party, or the one whose move <paramref name="action"/> is on the proposal in its current state.</summary>
    public static Party For(string? given, Proposal proposal, ProposalAction action)
    {
        if (given is not null)
        {
            return Parse(given);
        }
        // When the state has no such move, the role that makes it elsewhere acts, so the lifecycle's refusal names the state.
        var actor = ProposalLifecycle.Allowed(proposal.State).FirstOrDefault(t => t.Action == action && t.Actor != ProposalActor.Clock)?.Actor
            ?? ProposalLifecycle.Table.First(t => t.Action == action && t.Actor != ProposalActor.Clock).Actor;
        return actor == ProposalActor.Desk ? Desk(proposal) : new Party(PartyKind.HousingCorporation, proposal.CorporationId);
    }

    public static Party Desk(Proposal proposal) => new(PartyKind.MunicipalDesk, proposal.Municipality.Value);
}
