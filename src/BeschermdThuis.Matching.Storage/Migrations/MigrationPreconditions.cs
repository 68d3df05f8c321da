using System.Data.Common;
using Dapper;
using static BeschermdThuis.Matching.Storage.Repositories.SqlDatabase;

namespace BeschermdThuis.Matching.Storage.Migrations;

/// <summary>
/// What a migration needs of the stored data before it runs, checked inside its transaction. A script that adds a
/// unique index cannot choose which of two duplicates to keep; the check names them, so that an operator can, and the
/// schema stays at the previous version until then. The queries are plain SQL that both dialects run.
/// </summary>
public static class MigrationPreconditions
{
    /// <summary>Units whose id another corporation uses in the same region (made unique by migration 3).</summary>
    public const string DuplicateUnitIds =
        "SELECT u.region_id, u.unit_id, u.corporation_id FROM units u"
        + " WHERE EXISTS (SELECT 1 FROM units o WHERE o.region_id = u.region_id AND o.unit_id = u.unit_id AND o.corporation_id <> u.corporation_id)"
        + " ORDER BY u.region_id, u.unit_id, u.corporation_id";

    /// <summary>Client references that more than one municipality uses (made unique by migration 3).</summary>
    public const string DuplicateClientReferences =
        "SELECT c.client_ref, c.municipality_code FROM clients c"
        + " WHERE EXISTS (SELECT 1 FROM clients o WHERE o.client_ref = c.client_ref AND o.municipality_code <> c.municipality_code)"
        + " ORDER BY c.client_ref, c.municipality_code";

    private const int RegionUniqueIds = 3;

    // The message names this many duplicates and counts the rest, so a badly broken database gives a readable error.
    private const int Named = 20;

    public static IReadOnlyList<KeyValuePair<string, string>> Queries { get; } =
        [new(nameof(DuplicateUnitIds), DuplicateUnitIds), new(nameof(DuplicateClientReferences), DuplicateClientReferences)];

    /// <exception cref="InvalidOperationException">The stored data breaks what the script is about to enforce.</exception>
    internal static async Task CheckAsync(MigrationScript script, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (script.Version != RegionUniqueIds)
        {
            return;
        }
        var units = await connection.QueryAsync<(string RegionId, string UnitId, string CorporationId)>(
            Command(DuplicateUnitIds, null, cancellationToken, transaction));
        var clients = await connection.QueryAsync<(string ClientRef, string MunicipalityCode)>(
            Command(DuplicateClientReferences, null, cancellationToken, transaction));
        var duplicates = units
            .GroupBy(u => (u.RegionId, u.UnitId))
            .Select(g => $"unit id {g.Key.UnitId} in region {g.Key.RegionId} (corporations {string.Join(", ", g.Select(u => u.CorporationId))})")
            .Concat(clients
                .GroupBy(c => c.ClientRef)
                .Select(g => $"client reference {g.Key} (municipalities {string.Join(", ", g.Select(c => c.MunicipalityCode))})"))
            .ToList();
        if (duplicates.Count == 0)
        {
            return;
        }
        var more = duplicates.Count > Named ? $"; and {duplicates.Count - Named} more" : "";
        throw new InvalidOperationException(
            $"Migration {script.Version:0000} ({script.Name}) cannot run: the matching engine needs unit ids unique in a region and "
            + $"client references unique over all municipalities, and the database holds {duplicates.Count} of them more than once: "
            + string.Join("; ", duplicates.Take(Named)) + more
            + ". Rename or delete all but one of each, then start the service again; until then the schema stays at the previous version.");
    }
}
