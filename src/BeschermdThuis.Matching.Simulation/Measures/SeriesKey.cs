namespace BeschermdThuis.Matching.Simulation.Measures;

/// <summary>
/// A measure for one subject, ordered as the outputs list them: by the catalog, then by subject (household sizes as
/// numbers, codes and ids as text).
/// </summary>
internal readonly record struct SeriesKey(string MeasureId, string? Subject) : IComparable<SeriesKey>
{
    public int CompareTo(SeriesKey other)
    {
        var byMeasure = MeasureCatalog.OrderOf(MeasureId).CompareTo(MeasureCatalog.OrderOf(other.MeasureId));
        if (byMeasure != 0)
        {
            return byMeasure;
        }
        if (int.TryParse(Subject, out var number) && int.TryParse(other.Subject, out var otherNumber))
        {
            return number.CompareTo(otherNumber);
        }
        return string.CompareOrdinal(Subject, other.Subject);
    }

    /// <summary>Every series key in the lists, once, in output order.</summary>
    public static List<SeriesKey> Union<T>(IEnumerable<T> items, Func<T, SeriesKey> key) => [.. items.Select(key).Distinct().Order()];
}
