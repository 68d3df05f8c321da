using System.Text.RegularExpressions;

namespace BeschermdThuis.Matching.Storage.Migrations;

/// <summary>One versioned schema change: applied once, in version order, inside a transaction.</summary>
public sealed partial record MigrationScript(int Version, string Name, string Sql)
{
    [GeneratedRegex(@"^[ \t]*GO[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex BatchSeparator();

    /// <summary>
    /// The script's batches: the parts between lines that hold only <c>GO</c> (as in sqlcmd), for statements that SQL
    /// Server runs only at the start of a batch (CREATE TRIGGER). A script without such lines is one batch.
    /// </summary>
    public IReadOnlyList<string> Batches =>
        [.. BatchSeparator().Split(Sql).Where(batch => !string.IsNullOrWhiteSpace(batch))];
}
