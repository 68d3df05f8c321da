namespace BeschermdThuis.Matching.Domain.Common;

/// <summary>
/// Thrown when a domain value cannot be constructed from the given input.
/// Carries every wrong field, so the API can answer with all of them at once.
/// </summary>
public sealed class DomainValidationException : Exception
{
    public DomainValidationException(IReadOnlyList<FieldViolation> violations)
        : base(string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}")))
    {
        ArgumentOutOfRangeException.ThrowIfZero(violations.Count);
        Violations = violations;
    }

    public DomainValidationException(string field, string description)
        : this([new FieldViolation(field, description)])
    {
    }

    public IReadOnlyList<FieldViolation> Violations { get; }

    /// <summary>The same violations with every field path put under <paramref name="prefix"/> (e.g. "unit.").</summary>
    public DomainValidationException WithFieldPrefix(string prefix) =>
        new(Violations.Select(v => v with { Field = prefix + v.Field }).ToList());
}
