namespace BeschermdThuis.Matching.Domain.Common;

/// <summary>
/// Collects field violations while a value is being checked, then throws them together.
/// Domain records use it in their constructors so an invalid record never exists.
/// </summary>
public sealed class Validator
{
    private readonly List<FieldViolation> _violations = [];

    public Validator Require(bool condition, string field, string description)
    {
        if (!condition)
        {
            _violations.Add(new FieldViolation(field, description));
        }
        return this;
    }

    /// <summary>Requires <paramref name="min"/> &lt;= <paramref name="value"/> &lt;= <paramref name="max"/>.</summary>
    public Validator InRange(long value, long min, long max, string field) =>
        Require(value >= min && value <= max, field, $"must be between {min} and {max}");

    /// <summary>Requires a repeated field to hold at most <paramref name="max"/> entries.</summary>
    public Validator AtMost(int count, int max, string field) =>
        Require(count <= max, field, $"must have at most {max} entries");

    /// <summary>Requires a name or other free text (see <see cref="FreeText"/>).</summary>
    public Validator Text(string? value, string field) => Require(FreeText.IsValid(value), field, FreeText.Description);

    /// <summary>Requires an id chosen by a client (see <see cref="ResourceId"/>).</summary>
    public Validator Id(string? value, string field) => Require(ResourceId.IsValid(value), field, ResourceId.Description);

    /// <summary>Runs a nested check and keeps its violations under <paramref name="prefix"/>.</summary>
    public Validator Nested(string prefix, Action check)
    {
        try
        {
            check();
        }
        catch (DomainValidationException e)
        {
            _violations.AddRange(e.WithFieldPrefix(prefix).Violations);
        }
        return this;
    }

    public IReadOnlyList<FieldViolation> Violations => _violations;

    public void ThrowIfInvalid()
    {
        if (_violations.Count > 0)
        {
            throw new DomainValidationException(_violations.ToList());
        }
    }
}
