using System.Reflection;

namespace BeschermdThuis.Matching.Storage.Dialects;

/// <summary>Statements that read one kind of client set: the clients, then each child table for the same set.</summary>
public sealed record ClientSelectStatements(
    string Clients, string AreaWishes, string DwellingTypeWishes, string AvoidAreas, string SupportAnchors, string AvoidedPlaces);

/// <summary>Statements that read one kind of care-team set: the teams, then their municipalities.</summary>
public sealed record CareTeamSelectStatements(string Teams, string Municipalities);

/// <summary>
/// Every statement the storage runs, built once per dialect. Kept in one place so a test can check all of them
/// (the SQL Server texts with Microsoft's T-SQL parser, the SQLite texts by preparing them on a migrated file).
/// The statements of each area are in their own part of this class (SqlStatements.Region.cs, …).
/// </summary>
public sealed partial class SqlStatements(ISqlDialect dialect)
{
    private readonly ISqlDialect _dialect = dialect ?? throw new ArgumentNullException(nameof(dialect));

    public string CreateVersionTable => _dialect.CreateVersionTable;

    public string SelectAppliedVersions => _dialect.SelectAppliedVersionsLocked;

    public string InsertVersion { get; } = "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)";

    /// <summary>Every statement with its name (e.g. <c>ClientsPage.AreaWishes</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> All()
    {
        var all = new List<KeyValuePair<string, string>>();
        Collect(this, "", all);
        return all;
    }

    private static void Collect(object holder, string prefix, List<KeyValuePair<string, string>> all)
    {
        foreach (var property in holder.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(holder);
            if (value is string sql)
            {
                all.Add(new(prefix + property.Name, sql));
            }
            else if (value is ClientSelectStatements or CareTeamSelectStatements)
            {
                Collect(value, prefix + property.Name + ".", all);
            }
        }
    }
}
