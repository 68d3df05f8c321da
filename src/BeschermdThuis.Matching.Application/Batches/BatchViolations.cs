using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Application.Batches;

/// <summary>One wrong field of one item of a batch: the item's index (from 0) and the field, relative to the item.</summary>
public sealed record BatchViolation(int Index, FieldViolation Violation);

/// <summary>
/// Items of a batch are invalid, and so nothing of the batch was stored. Lists every wrong field of every item, each
/// with its item's index; the transport names the items its own way (<c>requests[3].unit.rooms</c>, a file's row).
/// </summary>
public sealed class BatchValidationException(IReadOnlyList<BatchViolation> violations)
    : Exception(string.Join("; ", violations.Take(3).Select(v => $"[{v.Index}] {v.Violation.Field}: {v.Violation.Description}")))
{
    public IReadOnlyList<BatchViolation> Violations { get; } = violations;

    /// <summary>The violations as field violations, each under <paramref name="item"/>(index), e.g. <c>requests[3]</c>.</summary>
    public DomainValidationException ToFieldViolations(Func<int, string> item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new([.. Violations.Select(v => v.Violation with { Field = Join(item(v.Index), v.Violation.Field) })]);
    }

    /// <summary>The same violations with every index moved by <paramref name="offset"/> (a chunk of a longer list).</summary>
    public BatchValidationException Shifted(int offset) => new([.. Violations.Select(v => v with { Index = v.Index + offset })]);

    public static string Join(string prefix, string field) =>
        prefix.Length == 0 ? field : field.Length == 0 ? prefix : $"{prefix}.{field}";
}
