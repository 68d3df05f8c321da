namespace BeschermdThuis.Matching.Storage.Dialects;

/// <summary>A client's erasure: what replaces the client in the tables that keep history.</summary>
public sealed partial class SqlStatements
{
    /// <summary>What a blanked free text reads after an erasure.</summary>
    public const string ErasedText = "(erased)";

    public string PseudonymiseProposals { get; } =
        "UPDATE proposals SET client_ref = @Pseudonym, decision_text = NULL, version = version + 1"
        + " WHERE municipality_code = @MunicipalityCode AND client_ref = @ClientRef";

    public string PseudonymisePairOverrides { get; } =
        $"UPDATE pair_overrides SET client_ref = @Pseudonym, justification = '{ErasedText}'"
        + " WHERE municipality_code = @MunicipalityCode AND client_ref = @ClientRef";

    public string ReplaceMatchRunDocuments { get; } =
        "UPDATE match_runs SET result_json = @ResultJson, explanations_json = @ExplanationsJson WHERE region_id = @RegionId AND run_id = @RunId";
}
