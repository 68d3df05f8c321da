using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Proposals;

/// <summary>Whose "no" a decline records: the corporation's, or the client's (which the desk records).</summary>
public enum DeclineSide
{
    Corporation = 1,
    Client = 2,
}

/// <summary>One reason a side may give for a decline, as configured (<see cref="ProposalPolicy.DeclineReasons"/>).</summary>
public sealed record DeclineReason(string Code, string Label);

/// <summary>
/// A decline as it was given: the reason's code and its label as they were configured at that moment (a later change to
/// the list does not rewrite history), and the free text the party added, if any.
/// </summary>
public sealed record Decision
{
    public Decision(DeclineSide side, DeclineReason reason, string? text, DateTimeOffset at)
    {
        new Validator()
            .Require(Enum.IsDefined(side), "side", "must be corporation or client")
            .Require(text is null || ReasonText.IsValid(text), "reason_text", ReasonText.Description)
            .ThrowIfInvalid();
        Side = side;
        Reason = reason;
        Text = text;
        At = at;
    }

    public DeclineSide Side { get; }

    public DeclineReason Reason { get; }

    public string? Text { get; }

    public DateTimeOffset At { get; }
}

/// <summary>The rules for a free-text reason: a short paragraph, not blank, no control characters but line breaks.</summary>
public static class ReasonText
{
    public static string Description => $"must be 1-{DomainRanges.MaxReasonTextLength} characters, not blank, without control characters other than line breaks";

    public static bool IsValid(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && value.Length <= DomainRanges.MaxReasonTextLength
        && !value.Any(c => char.IsControl(c) && c is not '\n' and not '\r');
}
