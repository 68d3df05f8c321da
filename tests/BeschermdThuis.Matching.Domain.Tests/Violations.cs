using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Tests;

/// <summary>Runs a construction that must fail and returns the names of the fields it rejected.</summary>
internal static class Violations
{
    public static IReadOnlyList<string> FieldsOf(Action construct) =>
        [.. Assert.Throws<DomainValidationException>(construct).Violations.Select(v => v.Field)];
}
