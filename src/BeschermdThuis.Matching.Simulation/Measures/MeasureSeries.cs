namespace BeschermdThuis.Matching.Simulation.Measures;

/// <summary>
/// One measure (for one subject, see <see cref="MeasureValues"/>) estimated over a scenario's replications: over the
/// whole horizon and per period, <see cref="PerPeriod"/>[0] being the first period.
/// </summary>
public sealed record MeasureSeries(string MeasureId, string? Subject, Estimate Total, IReadOnlyList<Estimate> PerPeriod)
{
    public MeasureDefinition Definition => MeasureCatalog.Get(MeasureId);

    public bool Equals(MeasureSeries? other) =>
        other is not null && MeasureId == other.MeasureId && Subject == other.Subject && Total == other.Total
        && PerPeriod.SequenceEqual(other.PerPeriod);

    public override int GetHashCode() => HashCode.Combine(MeasureId, Subject, Total);
}
