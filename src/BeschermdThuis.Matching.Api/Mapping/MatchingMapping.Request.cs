using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Api.Mapping.Enums;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Solver.Problem;
using Google.Protobuf.Collections;
using Google.Protobuf.WellKnownTypes;

namespace BeschermdThuis.Matching.Api.Mapping;

/// <summary>A run-match request checked and turned into what the application layer runs.</summary>
public static partial class MatchingMapping
{
    private const int MaxWorkers = 64;

    /// <summary>Checks every field of the request and reports all wrong ones together.</summary>
    public static MatchRunRequest ToRequest(string regionId, V1.RunMatchRequest request)
    {
        var check = new ViolationCollector();
        var start = check.Try(() => Conversions.ToDateOnly(request.PeriodStart, "period_start"), (DateOnly?)null);
        var end = check.Try(() => Conversions.ToDateOnly(request.PeriodEnd, "period_end"), (DateOnly?)null);
        if (start is { } s && end is { } e && e < s)
        {
            check.Add("period_end", $"must not be before period_start ({s:yyyy-MM-dd})");
        }
        var options = request.Options ?? new V1.MatchRunOptions();
        TimeSpan? timeLimit = null;
        if (options.TimeLimit is { } limit)
        {
            timeLimit = check.Try(() => ToTimeLimit(limit), (TimeSpan?)null);
        }
        if (options.Workers is < 0 or > MaxWorkers)
        {
            check.Add("options.workers", $"must be between 1 and {MaxWorkers} (0 means {MatchRunRequest.DefaultWorkers})");
        }
        if (options.HasSeed && options.Seed < 0)
        {
            check.Add("options.seed", "must not be negative");
        }
        var tiers = TierOrder(options.TierOrder, check);
        if (options.HasRentYear && options.RentYear is < 2000 or > 2200)
        {
            check.Add("options.rent_year", "must be a year between 2000 and 2200");
        }
        DateOnly? asOf = options.AsOfDate is null ? null : check.Try(() => Conversions.ToDateOnly(options.AsOfDate, "options.as_of_date"), (DateOnly?)null);
        check.ThrowIfAny();
        return new MatchRunRequest(
            regionId,
            new DateRange(start!.Value, end!.Value),
            timeLimit,
            options.Workers == 0 ? null : options.Workers,
            options.HasSeed ? options.Seed : null,
            tiers.Count == 0 ? null : tiers,
            options.HasRentYear ? options.RentYear : null,
            asOf);
    }


    /// <summary>The goals in the order asked for; an unknown goal and a goal named twice are reported on their own position.</summary>
    private static List<MatchGoal> TierOrder(RepeatedField<V1.MatchGoal> order, ViolationCollector check)
    {
        var tiers = new List<MatchGoal>();
        for (var i = 0; i < order.Count; i++)
        {
            var field = $"options.tier_order[{i}]";
            var goal = check.Try(() => MatchingEnums.ToDomain(order[i], field), (MatchGoal?)null);
            if (goal is not { } known)
            {
                continue;
            }
            if (tiers.Contains(known))
            {
                check.Add(field, $"{order[i]} is named twice");
            }
            else
            {
                tiers.Add(known);
            }
        }
        return tiers;
    }

    private static TimeSpan ToTimeLimit(Duration duration)
    {
        if (duration.Seconds < 0 || duration.Nanos < 0 || (duration.Seconds == 0 && duration.Nanos == 0))
        {
            throw new DomainValidationException("options.time_limit", "must be more than zero");
        }
        if (duration.Seconds > SolverBudget.MaxTimeLimit.TotalSeconds || (duration.Seconds == (long)SolverBudget.MaxTimeLimit.TotalSeconds && duration.Nanos > 0))
        {
            throw new DomainValidationException("options.time_limit", $"must be at most {SolverBudget.MaxTimeLimit.TotalHours:0} hours");
        }
        if (duration.Nanos >= Duration.NanosecondsPerSecond)
        {
            throw new DomainValidationException("options.time_limit", "is not a valid duration");
        }
        return duration.ToTimeSpan();
    }
}
