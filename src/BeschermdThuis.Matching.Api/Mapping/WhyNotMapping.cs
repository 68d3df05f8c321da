using System.Globalization;
using BeschermdThuis.Matching.Api.Mapping.Enums;
using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Solver.Explanations;

namespace BeschermdThuis.Matching.Api.Mapping;

/// <summary>A why-not answer as a message, with a short text in Dutch (B1) and English.</summary>
public static class WhyNotMapping
{
    public static V1.WhyNotResponse ToProto(WhyNotResult result)
    {
        var answer = result.Answer;
        var message = new V1.WhyNotResponse
        {
            Client = result.Client,
            Unit = result.Unit,
            Eligible = answer.Eligible,
            AlreadyMatched = answer.AlreadyMatched,
            ForcedStatus = answer.ForcedStatus is { } status ? MatchingEnums.ToProto(status) : V1.MatchStatus.Unspecified,
            DisplacedCount = result.Displaced.Count,
            TextNl = Dutch(answer, result.Unit),
            TextEn = English(answer, result.Unit),
        };
        message.Failures.AddRange(answer.Failures.Select(f => new V1.RuleFailure { Rule = f.Code, Detail = f.Detail }));
        message.TierChanges.AddRange(answer.Changes.Select(c =>
        {
            var change = new V1.TierChange { Goal = MatchingEnums.ToProto(c.Goal) };
            if (c.Before is { } before)
            {
                change.Before = before;
            }
            if (c.After is { } after)
            {
                change.After = after;
            }
            if (c.Delta is { } delta)
            {
                change.Delta = delta;
            }
            return change;
        }));
        message.DisplacedClients.AddRange(result.Displaced.Where(d => result.Audience.SeesClientOf(d.Municipality)).Select(d => d.Client));
        message.Conflicts.AddRange(answer.Conflicts.Select(c => new V1.ConstraintConflict
        {
            Kind = MatchingMapping.Snake(c.Kind), Subject = c.Subject, Limit = c.Limit, PinnedDemand = c.PinnedDemand, Detail = c.Detail,
        }));
        return message;
    }

    private static string Dutch(WhyNotAnswer a, string unit) => a switch
    {
        { Eligible: false } => F($"Woning {unit} past niet bij deze cliënt: {string.Join("; ", a.Failures.Select(f => f.ToString()))}."),
        { AlreadyMatched: true } => F($"De cliënt kreeg woning {unit} al in deze match."),
        { Conflicts.Count: > 0 } => F($"Woning {unit} past, maar kan niet: {string.Join("; ", a.Conflicts.Select(c => c.Detail))}."),
        _ => F($"Woning {unit} past. Als de cliënt deze woning krijgt, verliezen {a.Displaced.Count} anderen hun woning. Verschil per doel: {Changes(a)}."),
    };

    private static string English(WhyNotAnswer a, string unit) => a switch
    {
        { Eligible: false } => F($"Unit {unit} is not eligible for this client: {string.Join("; ", a.Failures.Select(f => f.ToString()))}."),
        { AlreadyMatched: true } => F($"The client already got unit {unit} in this match."),
        { Conflicts.Count: > 0 } => F($"Unit {unit} is eligible but cannot be forced: {string.Join("; ", a.Conflicts.Select(c => c.Detail))}."),
        _ => F($"Unit {unit} is eligible. Forcing it displaces {a.Displaced.Count} other client(s). Change per goal: {Changes(a)}."),
    };

    private static string Changes(WhyNotAnswer a) =>
        string.Join(", ", a.Changes.Select(c => F($"{MatchingMapping.Snake(c.Goal)} {(c.Delta is { } d ? d.ToString("+0;-0;0", CultureInfo.InvariantCulture) : "?")}")));

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
