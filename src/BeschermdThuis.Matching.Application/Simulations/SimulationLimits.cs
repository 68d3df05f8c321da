using System.Globalization;

namespace BeschermdThuis.Matching.Application.Simulations;

/// <summary>
/// How much one simulation call may ask (configuration <c>Simulation:MaxReplications</c>, default 100): replications
/// times scenarios, so one call cannot occupy the server's cores for hours (a demo-region replication of 52 weeks takes
/// about two seconds on one core).
/// </summary>
public sealed record SimulationLimits(int MaxReplications)
{
    public const int DefaultMaxReplications = 100;

    public static SimulationLimits Default { get; } = new(DefaultMaxReplications);

    public static SimulationLimits From(string? maxReplications) =>
        string.IsNullOrEmpty(maxReplications)
            ? Default
            : int.TryParse(maxReplications, NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > 0
                ? new SimulationLimits(max)
                : throw new InvalidOperationException($"Simulation:MaxReplications must be a positive whole number, not '{maxReplications}'");
}
