namespace BeschermdThuis.Matching.Simulation.Runs;

/// <summary>
/// A replication finished: <paramref name="Completed"/> of <paramref name="Total"/> replications over all scenarios are
/// done, the last one replication <paramref name="Replication"/> (1-based) of <paramref name="Scenario"/>. Reported
/// from the worker that finished it, so reports may come from several threads and out of replication order.
/// </summary>
public sealed record SimulationProgress(int Completed, int Total, string Scenario, int Replication);
