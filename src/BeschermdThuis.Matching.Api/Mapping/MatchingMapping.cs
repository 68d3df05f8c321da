using System.Text.Json;
using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Api.Mapping.Enums;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Solver.Results;
using Google.Protobuf.WellKnownTypes;

namespace BeschermdThuis.Matching.Api.Mapping;

/// <summary>Match runs between proto and the application layer; what a caller sees is cut to its audience here.</summary>
public static partial class MatchingMapping
{
    private const int ExplanationLines = 4;

    public static V1.MatchProgress ToProto(MatchProgress progress) => new()
    {
        Tier = MatchingEnums.ToProto(progress.Goal),
        TierNumber = progress.TierNumber,
        Objective = progress.Objective,
        BestBound = progress.BestBound,
        Elapsed = Duration.FromTimeSpan(progress.Elapsed),
    };

    /// <summary>The run as the audience may see it: counts and figures always, pairs and unmatched clients only where visible.</summary>
    public static V1.MatchRun ToProto(MatchRunView view)
    {
        var (run, audience) = (view.Run, view.Audience);
        var message = Summary(run.Summary);
        var result = run.Result;
        message.Options = ToProto(run.Options);
        message.Tiers.AddRange(result.Tiers.Select(ToProto));
        message.OrToolsVersion = result.OrToolsVersion;
        message.WallTime = Duration.FromTimeSpan(TimeSpan.FromSeconds(result.WallTimeSeconds));
        message.EligiblePairCount = result.EligiblePairCount;
        message.UnmatchedCount = result.Unmatched.Count;
        message.ClientCount = result.ClientCount;
        message.UnitCount = result.UnitCount;
        message.View = MatchingEnums.ToProto(audience.Visibility);
        var explanations = run.Explanations.Clients.ToDictionary(e => e.Client, StringComparer.Ordinal);
        foreach (var pair in result.Pairs.Where(p => audience.SeesClientOf(p.Municipality)))
        {
            var explanation = explanations.GetValueOrDefault(pair.Client);
            message.Pairs.Add(new V1.MatchedPair
            {
                Client = pair.Client,
                Unit = pair.Unit,
                Neighbourhood = pair.Neighbourhood,
                CareTeam = pair.CareTeam ?? string.Empty,
                Pinned = pair.Pinned,
                Scores = ToProto(pair.Scores),
                ExplanationNl = FirstLines(explanation?.TextNl, 1),
                ExplanationEn = FirstLines(explanation?.TextEn, 1),
            });
        }
        foreach (var unmatched in result.Unmatched.Where(u => audience.SeesClientOf(u.Municipality)))
        {
            var explanation = explanations.GetValueOrDefault(unmatched.Client);
            message.Unmatched.Add(new V1.UnmatchedClient
            {
                Client = unmatched.Client,
                NoEligibleUnit = explanation?.Reasons.Any(r => r.Kind == Solver.Explanations.ReasonKind.NoEligibleUnit) ?? false,
                ExplanationNl = FirstLines(explanation?.TextNl, ExplanationLines),
                ExplanationEn = FirstLines(explanation?.TextEn, ExplanationLines),
            });
        }
        // A pin names a client and a unit: only the full view shows those conflicts.
        message.Conflicts.AddRange(result.Conflicts
            .Where(c => audience.Visibility == MatchRunVisibility.Full || c.Kind is not (ConflictKind.Pin or ConflictKind.PinIneligible))
            .Select(c => new V1.ConstraintConflict { Kind = Snake(c.Kind), Subject = c.Subject, Limit = c.Limit, PinnedDemand = c.PinnedDemand, Detail = c.Detail }));
        return message;
    }

    /// <summary>A run in a list: what the summary holds, no documents.</summary>
    public static V1.MatchRun Summary(MatchRunSummary summary) => new()
    {
        Name = ResourceNames.MatchRun(summary.RegionId, summary.Id),
        CreateTime = Timestamp.FromDateTimeOffset(summary.CreatedAt),
        RequestedBy = $"{PartyClaims.KindName(summary.RequestedBy.Kind)}:{summary.RequestedBy.Id}",
        PeriodStart = Conversions.ToProto(summary.Period.Start),
        PeriodEnd = Conversions.ToProto(summary.Period.End),
        Status = MatchingEnums.ToProto(System.Enum.Parse<SolveStatus>(summary.Status, ignoreCase: true)),
        InputHash = summary.InputHash,
        Seed = summary.Seed,
        PairCount = summary.PairCount,
        DocumentVersion = summary.DocumentVersion,
        View = V1.MatchRunView.Aggregates,
    };

    public static V1.ClientExplanation ToProto(string runName, ExplanationDocument explanation, MatchRunAudience audience)
    {
        var message = new V1.ClientExplanation
        {
            Name = runName,
            Client = explanation.Client,
            Unit = explanation.Unit ?? string.Empty,
            TextNl = explanation.TextNl,
            TextEn = explanation.TextEn,
        };
        message.Reasons.AddRange(explanation.Reasons.Select(r =>
        {
            var reason = new V1.ExplanationReason
            {
                Kind = Snake(r.Kind),
                Unit = r.Unit ?? string.Empty,
                Rule = r.Rule ?? string.Empty,
                OtherClient = r.OtherClient is not null && r.OtherMunicipality is { } m && audience.SeesClientOf(m) ? r.OtherClient : string.Empty,
                Area = r.Area ?? string.Empty,
                Detail = r.Detail ?? string.Empty,
            };
            if (r.Rank is { } rank)
            {
                reason.Rank = rank;
            }
            if (r.Count is { } count)
            {
                reason.Count = count;
            }
            if (r.DaysDifference is { } days)
            {
                reason.DaysDifference = days;
            }
            return reason;
        }));
        return message;
    }

    public static string Snake<TEnum>(TEnum value) where TEnum : struct, System.Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static V1.MatchRunOptions ToProto(MatchOptionsDocument options)
    {
        var message = new V1.MatchRunOptions
        {
            Workers = options.Workers,
            Seed = options.Seed,
            RentYear = options.RentYear,
            AsOfDate = Conversions.ToProto(options.AsOf),
        };
        if (options.TimeLimit is { } limit)
        {
            message.TimeLimit = Duration.FromTimeSpan(limit);
        }
        message.TierOrder.AddRange(options.Tiers.Select(MatchingEnums.ToProto));
        return message;
    }

    private static V1.TierOutcome ToProto(TierDocument tier)
    {
        var message = new V1.TierOutcome
        {
            Goal = MatchingEnums.ToProto(tier.Goal),
            Status = MatchingEnums.ToProto(tier.Status),
            WallTime = Duration.FromTimeSpan(TimeSpan.FromSeconds(tier.WallTimeSeconds)),
            Method = tier.Method is { } method ? MatchingEnums.ToProto(method) : V1.TierMethod.Unspecified,
        };
        if (tier.Objective is { } objective)
        {
            message.Objective = objective;
        }
        if (tier.BestBound is { } bound)
        {
            message.BestBound = bound;
        }
        if (tier.Gap is { } gap)
        {
            message.Gap = gap;
        }
        return message;
    }

    private static V1.ScoreTerms ToProto(ScoreDocument s)
    {
        var message = new V1.ScoreTerms
        {
            Housing = s.Housing,
            DaysPastReadiness = s.DaysPastReadiness,
            Wishes = s.Wishes,
            CareTeamKept = s.CareTeamKept,
            Recovery = s.Recovery,
            Stability = s.Stability,
        };
        if (s.AreaRank is { } area)
        {
            message.AreaRank = area;
        }
        if (s.DwellingTypeRank is { } type)
        {
            message.DwellingTypeRank = type;
        }
        if (s.SupportDistanceMetres is { } distance)
        {
            message.SupportDistanceMetres = distance;
        }
        return message;
    }

    private static string FirstLines(string? text, int lines) =>
        text is null ? string.Empty : string.Join("\n", text.Split('\n').Take(lines));
}
