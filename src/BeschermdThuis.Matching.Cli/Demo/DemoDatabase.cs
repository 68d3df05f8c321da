using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Cli.Commands;
using BeschermdThuis.Matching.Cli.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Cli.Demo;

/// <summary>
/// Prepares the file <c>demo</c> seeds. A file that holds proposals is not refreshed in place: seeding again would put
/// the demo's housed client and let unit back on the market while their signed tenancy stays, and proposals (with their
/// audit trail) are never deleted. Such a file is kept as <c>FILE.previous</c> (one generation) and the demo starts a
/// new one, so running <c>demo</c> again always works and loses nothing. <c>--fresh</c> starts anew without keeping.
/// </summary>
internal static class DemoDatabase
{
    /// <summary>Returns a line to print when the earlier file was kept aside, or null.</summary>
    public static async Task<string?> PrepareAsync(string databaseFile, bool fresh, CancellationToken cancellationToken)
    {
        if (!File.Exists(databaseFile))
        {
            return null;
        }
        if (fresh)
        {
            foreach (var file in FilesOf(databaseFile))
            {
                File.Delete(file);
            }
            return null;
        }
        bool holdsProposals;
        await using (var database = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(databaseFile), cancellationToken))
        {
            var held = await database.Proposals.ListProposalsAsync(MatchingOptions.DefaultRegionId, new ProposalFilter(), new PageRequest(1, null), cancellationToken);
            holdsProposals = held.Items.Count > 0;
            database.Dialect.ReleaseConnections(DatabaseOption.SqliteFile(databaseFile).ConnectionString);
        }
        if (!holdsProposals)
        {
            return null;
        }
        foreach (var file in FilesOf(databaseFile).Where(File.Exists))
        {
            File.Move(file, file.Replace(databaseFile, databaseFile + ".previous", StringComparison.Ordinal), overwrite: true);
        }
        return $"{databaseFile} held proposals from an earlier run; it is kept as {databaseFile}.previous and the demo starts a new file.";
    }

    private static string[] FilesOf(string databaseFile) =>
        [databaseFile, databaseFile + "-wal", databaseFile + "-shm", LocalProposals.PseudonymKeyPath(databaseFile)];
}
