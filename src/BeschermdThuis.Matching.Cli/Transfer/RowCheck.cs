using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Cli.Transfer;

/// <summary>Reads the cells of a row one by one and reports every wrong cell together, not just the first.</summary>
internal sealed class RowCheck
{
    private readonly List<FieldViolation> _violations = [];

    /// <summary>A cell whose violations name their column themselves.</summary>
    public T Cell<T>(Func<T> read, T fallback)
    {
        try
        {
            return read();
        }
        catch (DomainValidationException e)
        {
            _violations.AddRange(e.Violations);
            return fallback;
        }
    }

    /// <summary>A value built from cells; its violations are put on <paramref name="column"/>.</summary>
    public T Cell<T>(string column, Func<T> build, T fallback)
    {
        try
        {
            return build();
        }
        catch (DomainValidationException e)
        {
            _violations.Add(new FieldViolation(column, string.Join("; ", e.Violations.Select(v => v.Description))));
            return fallback;
        }
    }

    public void ThrowIfAny()
    {
        if (_violations.Count > 0)
        {
            throw new DomainValidationException(_violations.ToList());
        }
    }
}
