using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Simulation.Scenarios;

/// <summary>A scenario file that cannot be used: every wrong field, by its path in the file, and the file.</summary>
public sealed class ScenarioFileException(string file, IReadOnlyList<FieldViolation> violations)
    : Exception($"{file}: " + string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}")))
{
    public string File { get; } = file;

    public IReadOnlyList<FieldViolation> Violations { get; } = violations;
}
