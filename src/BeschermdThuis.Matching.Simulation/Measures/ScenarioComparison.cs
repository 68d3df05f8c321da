namespace BeschermdThuis.Matching.Simulation.Measures;

/// <summary>
/// One scenario's value of a measure in the comparison: its estimate over the horizon, the difference of its mean to the
/// baseline's (null when either is undefined; 0 for the baseline itself) and whether its interval and the baseline's
/// separate (null for the baseline itself, or when either has no interval).
/// </summary>
public sealed record ComparisonCell(string Scenario, Estimate Estimate, double? DifferenceToBaseline, bool? SeparatesFromBaseline);

/// <summary>One measure (for one subject) in every scenario, in the order the scenarios were given.</summary>
public sealed record ComparisonRow(string MeasureId, string? Subject, IReadOnlyList<ComparisonCell> Cells)
{
    public bool Equals(ComparisonRow? other) =>
        other is not null && MeasureId == other.MeasureId && Subject == other.Subject && Cells.SequenceEqual(other.Cells);

    public override int GetHashCode() => HashCode.Combine(MeasureId, Subject, Cells.Count);
}

/// <summary>
/// The scenarios side by side over the whole horizon: every measure with each scenario's estimate and its difference
/// to <see cref="Baseline"/>. Separate intervals say the difference is unlikely to be chance; overlapping ones do not
/// prove there is none.
/// </summary>
public sealed record ScenarioComparison(string Baseline, IReadOnlyList<string> Scenarios, IReadOnlyList<ComparisonRow> Rows)
{
    public bool Equals(ScenarioComparison? other) =>
        other is not null && Baseline == other.Baseline && Scenarios.SequenceEqual(other.Scenarios) && Rows.SequenceEqual(other.Rows);

    public override int GetHashCode() => HashCode.Combine(Baseline, Scenarios.Count, Rows.Count);

    public ComparisonRow? Find(string measureId, string? subject = null) =>
        Rows.FirstOrDefault(r => r.MeasureId == measureId && r.Subject == subject);

    /// <param name="scenarios">The scenarios' estimates, in the order the table shows them.</param>
    /// <param name="baseline">The scenario the others are compared with; null: the first.</param>
    public static ScenarioComparison Of(IReadOnlyList<ScenarioEstimates> scenarios, string? baseline = null)
    {
        if (scenarios.Count == 0)
        {
            throw new ArgumentException("a comparison needs at least one scenario", nameof(scenarios));
        }
        var reference = baseline is null
            ? scenarios[0]
            : scenarios.FirstOrDefault(s => s.Scenario == baseline)
              ?? throw new ArgumentException($"the baseline '{baseline}' is not one of the scenarios", nameof(baseline));
        var keys = SeriesKey.Union(scenarios.SelectMany(s => s.Series), s => new SeriesKey(s.MeasureId, s.Subject));
        var rows = keys.Select(key =>
        {
            var baseEstimate = reference.Find(key.MeasureId, key.Subject)?.Total ?? Estimate.Undefined;
            var cells = scenarios.Select(s =>
            {
                var estimate = s.Find(key.MeasureId, key.Subject)?.Total ?? Estimate.Undefined;
                var isBaseline = ReferenceEquals(s, reference);
                return new ComparisonCell(s.Scenario, estimate, estimate.Mean - baseEstimate.Mean,
                    isBaseline ? null : estimate.SeparatesFrom(baseEstimate));
            }).ToList();
            return new ComparisonRow(key.MeasureId, key.Subject, cells);
        }).ToList();
        return new ScenarioComparison(reference.Scenario, [.. scenarios.Select(s => s.Scenario)], rows);
    }
}
