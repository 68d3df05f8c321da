namespace BeschermdThuis.Matching.Application;

/// <summary>
/// The files the server and the command line use when nothing else is configured, and where a relative path is looked
/// up: in the working directory first, then next to the program (so a published build finds its config files).
/// </summary>
public static class DefaultFiles
{
    /// <summary>The SQLite database, in the working directory (the one the command line's <c>demo</c> writes).</summary>
    public const string Database = "beschermdthuis.db";

    public const string AffordabilityConfig = "config/affordability.json";

    /// <summary>The matching policy file (goal order and weights).</summary>
    public const string MatchingPolicyConfig = "config/matching-policy.json";

    /// <summary>The proposal workflow's policy (response deadlines, decline reasons, re-offer rules).</summary>
    public const string ProposalPolicyConfig = "config/proposal-policy.json";

    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return Path.GetFullPath(path);
        }
        var besideProgram = Path.Combine(AppContext.BaseDirectory, path);
        return File.Exists(besideProgram) ? besideProgram : Path.GetFullPath(path);
    }
}
