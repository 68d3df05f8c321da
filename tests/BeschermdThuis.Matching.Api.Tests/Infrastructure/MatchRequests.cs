using Google.Protobuf.WellKnownTypes;
using Google.Type;

namespace BeschermdThuis.Matching.Api.Tests.Infrastructure;

/// <summary>Match requests for the demo region: period October to December 2026, rent limits of 2025 (the 2026 aftoppingsgrens is not configured).</summary>
public static class MatchRequests
{
    public const string Parent = $"regions/{SeedData.RegionId}";

    public static V1.RunMatchRequest Demo(TimeSpan? timeLimit = null) => new()
    {
        Parent = Parent,
        PeriodStart = new Date { Year = 2026, Month = 10, Day = 1 },
        PeriodEnd = new Date { Year = 2026, Month = 12, Day = 31 },
        Options = new V1.MatchRunOptions
        {
            TimeLimit = Duration.FromTimeSpan(timeLimit ?? TimeSpan.FromSeconds(30)),
            Workers = 2,
            Seed = 5,
            RentYear = 2025,
            AsOfDate = new Date { Year = 2026, Month = 10, Day = 1 },
        },
    };

    /// <summary>Reads the whole stream: the progress messages and the one result at the end.</summary>
    public static async Task<(IReadOnlyList<V1.MatchProgress> Progress, V1.MatchRun Result)> RunAsync(
        V1.MatchingService.MatchingServiceClient client, V1.RunMatchRequest request, System.DateTime? deadline, CancellationToken cancellationToken)
    {
        using var call = client.RunMatch(request, deadline: deadline, cancellationToken: cancellationToken);
        var progress = new List<V1.MatchProgress>();
        V1.MatchRun? result = null;
        while (await call.ResponseStream.MoveNext(cancellationToken))
        {
            var message = call.ResponseStream.Current;
            Assert.Null(result);
            if (message.Progress is not null)
            {
                progress.Add(message.Progress);
            }
            else
            {
                result = message.Result;
            }
        }
        return (progress, result ?? throw new Xunit.Sdk.XunitException("the stream ended without a result"));
    }
}
