using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Simulation.Trace;

/// <summary>
/// Everything one replication of a scenario did, period by period: the contract measures are computed from. It holds
/// no wall-clock figure, so the same scenario, region and seed give an equal trace (<see cref="Equals(ReplicationTrace?)"/>
/// compares every list element by element).
/// </summary>
/// <param name="ScenarioName">The scenario's name.</param>
/// <param name="Seed">The replication's seed.</param>
/// <param name="Horizon">The simulated days, from the first period's start to the last period's end.</param>
/// <param name="Periods">The periods in order.</param>
/// <param name="NeighbourhoodLimits">Every neighbourhood's limits and its protected homes at the start.</param>
/// <param name="Agreements">The performance agreements in force, for fulfilment.</param>
public sealed record ReplicationTrace(
    string ScenarioName,
    int Seed,
    DateRange Horizon,
    IReadOnlyList<PeriodTrace> Periods,
    IReadOnlyList<NeighbourhoodLimit> NeighbourhoodLimits,
    IReadOnlyList<AgreementTarget> Agreements)
{
    /// <summary>The clients still waiting when the horizon ends (the last period's queue).</summary>
    public IReadOnlyList<WaitingClient> WaitingAtEnd => Periods.Count == 0 ? [] : Periods[^1].Waiting;

    /// <summary>The units still free when the horizon ends (the last period's carry-over).</summary>
    public IReadOnlyList<UnitOffer> UnitsLeftAtEnd => Periods.Count == 0 ? [] : Periods[^1].UnitsCarriedOver;

    public bool Equals(ReplicationTrace? other) =>
        other is not null
        && ScenarioName == other.ScenarioName
        && Seed == other.Seed
        && Horizon == other.Horizon
        && Periods.SequenceEqual(other.Periods)
        && NeighbourhoodLimits.SequenceEqual(other.NeighbourhoodLimits)
        && Agreements.SequenceEqual(other.Agreements);

    public override int GetHashCode() => HashCode.Combine(ScenarioName, Seed, Horizon, Periods.Count);
}
