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
