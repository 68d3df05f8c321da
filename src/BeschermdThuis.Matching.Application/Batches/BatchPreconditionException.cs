namespace BeschermdThuis.Matching.Application.Batches;

/// <summary>
/// Items of a batch are well formed but the stored state refuses them (a unit reserved for a proposal, a client with a
/// proposal out); nothing of the batch was stored. Lists every refused item by its index.
/// </summary>
public sealed class BatchPreconditionException(IReadOnlyList<BatchViolation> refused)
    : Exception($"{refused.Count} item(s) of the batch are refused: " + string.Join("; ", refused.Take(3).Select(r => $"[{r.Index}] {r.Violation.Description}")))
{
    public IReadOnlyList<BatchViolation> Refused { get; } = refused;
}
