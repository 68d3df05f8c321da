using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Cli.Commands;
using BeschermdThuis.Matching.Cli.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Cli.Demo;

/// <summary>
/// Whether <c>demo</c> may refresh a database file. Not one that holds proposals: seeding again would put the demo's
/// housed client and let unit back on the market while their signed tenancy stays, and proposals (with their audit
/// trail) are never deleted. <c>--fresh</c> starts a new file instead.
/// </summary>
internal static class DemoDatabase
{
    /// <summary>With <paramref name="fresh"/>, deletes the file (with its journal and pseudonym key) first.</summary>
    /// <exception cref="CommandFailedException">The file holds proposals and <paramref name="fresh"/> is not set.</exception>
    public static async Task PrepareAsync(string databaseFile, bool fresh, CancellationToken cancellationToken)
    {
        if (!File.Exists(databaseFile))
        {
            return;
        }
        if (fresh)
        {
            foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm", LocalProposals.PseudonymKeyPath(databaseFile) })
            {
                File.Delete(file);
            }
            return;
        }
        await using var database = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(databaseFile), cancellationToken);
        var held = await database.Proposals.ListProposalsAsync(MatchingOptions.DefaultRegionId, new ProposalFilter(), new PageRequest(1, null), cancellationToken);
        if (held.Items.Count > 0)
        {
            throw new CommandFailedException(
                $"{databaseFile} holds proposals (an earlier demo's?); the demo does not refresh it, as seeding again would undo their signed tenancy. " +
                $"Start a new file with: demo --fresh (deletes {databaseFile}), or demo --database other.db", 1);
        }
    }
}
