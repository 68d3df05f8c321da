namespace BeschermdThuis.Matching.Domain.Repositories;

/// <summary>
/// A match run as stored: its <see cref="Summary"/> and the three documents needed to explain the decision later
/// exactly as it was made (the options, the result and the explanations). The documents are opaque JSON to storage,
/// kept character for character; their format is named by <see cref="MatchRunSummary.DocumentVersion"/>.
/// Runs are immutable: stored once, never changed.
/// </summary>
public sealed record MatchRunRecord
{
    public MatchRunRecord(MatchRunSummary summary, string optionsJson, string resultJson, string explanationsJson)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(optionsJson);
        ArgumentNullException.ThrowIfNull(resultJson);
        ArgumentNullException.ThrowIfNull(explanationsJson);
        Summary = summary;
        OptionsJson = optionsJson;
        ResultJson = resultJson;
        ExplanationsJson = explanationsJson;
    }

    public MatchRunSummary Summary { get; }

    public string Id => Summary.Id;

    public string RegionId => Summary.RegionId;

    public string OptionsJson { get; }

    public string ResultJson { get; }

    public string ExplanationsJson { get; }
}
