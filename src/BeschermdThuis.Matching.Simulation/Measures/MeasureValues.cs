namespace BeschermdThuis.Matching.Simulation.Measures;

/// <summary>
/// One measure in one replication: its value over the horizon and in each period, null where it is undefined (an
/// average over nobody). <paramref name="Subject"/> is the neighbourhood, corporation, municipality or household size
/// it is about, null for a measure of the whole region.
/// </summary>
public sealed record MeasureValues(string MeasureId, string? Subject, double? Total, IReadOnlyList<double?> PerPeriod)
{
    public bool Equals(MeasureValues? other) =>
        other is not null && MeasureId == other.MeasureId && Subject == other.Subject && Total == other.Total
        && PerPeriod.SequenceEqual(other.PerPeriod);

    public override int GetHashCode() => HashCode.Combine(MeasureId, Subject, Total);
}

/// <summary>Every measure of one replication, computed from its trace.</summary>
public sealed record ReplicationMeasures(int Seed, int Periods, IReadOnlyList<MeasureValues> Values)
{
    public bool Equals(ReplicationMeasures? other) =>
        other is not null && Seed == other.Seed && Periods == other.Periods && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(Seed, Periods, Values.Count);
}
