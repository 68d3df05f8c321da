using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Api.Mapping;

/// <summary>Builds the parts of a message one by one and reports every wrong field together, not just the first.</summary>
internal sealed class ViolationCollector
{
    private readonly List<FieldViolation> _violations = [];

    public T Try<T>(Func<T> build, T fallback)
    {
        try
        {
            return build();
        }
        catch (DomainValidationException e)
        {
            _violations.AddRange(e.Violations);
            return fallback;
        }
    }

    public void Add(string field, string description) => _violations.Add(new FieldViolation(field, description));

    public void ThrowIfAny()
    {
        if (_violations.Count > 0)
        {
            throw new DomainValidationException(_violations.ToList());
        }
    }
}
