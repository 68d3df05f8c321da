using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.Cli.Commands;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Cli.Proposals;

/// <summary>
/// The proposal use cases in-process on a database file, wired as the server wires them: the proposal policy from
/// <c>config/proposal-policy.json</c>, the clients' audit pseudonyms with the secret beside the SQLite file
/// (<c>&lt;database&gt;.pseudonym-key</c>, the server's default for SQLite, so both write the same pseudonyms), the system clock.
/// </summary>
internal sealed class LocalProposals : IAsyncDisposable
{
    private LocalProposals(MatchingDatabase database, string regionId, ProposalApplicationService service, WaitingReport waiting, AuditApplicationService audit)
    {
        Database = database;
        RegionId = regionId;
        Service = service;
        Waiting = waiting;
        Audit = audit;
    }

    public MatchingDatabase Database { get; }

    public string RegionId { get; }

    public ProposalApplicationService Service { get; }

    public WaitingReport Waiting { get; }

    public AuditApplicationService Audit { get; }

    public ProposalPolicy Policy => Service.Policy;

    public static string PseudonymKeyPath(string databaseFile) => Path.GetFullPath(databaseFile) + ".pseudonym-key";

    /// <exception cref="CommandFailedException">The database file does not exist (it is not created here).</exception>
    public static async Task<LocalProposals> OpenAsync(string databaseFile, string regionId, CancellationToken cancellationToken)
    {
        if (!File.Exists(databaseFile))
        {
            throw new CommandFailedException($"{databaseFile} does not exist; create it with: beschermdthuis demo", 1);
        }
        var policy = ProposalPolicyJson.Load(DefaultFiles.Resolve(DefaultFiles.ProposalPolicyConfig));
        var database = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(databaseFile), cancellationToken);
        return Wire(database, regionId, policy, ClientPseudonyms.LoadOrCreate(PseudonymKeyPath(databaseFile)));
    }

    private static LocalProposals Wire(MatchingDatabase database, string regionId, ProposalPolicy policy, ClientPseudonyms pseudonyms)
    {
        var options = new MatchingOptions(regionId);
        var service = new ProposalApplicationService(database.Proposals, database.MatchRuns, database.Stock, database.Clients, database.CareTeams,
            options, policy, pseudonyms, TimeProvider.System);
        var waiting = new WaitingReport(new RegionCatalog(database.Regions, options), database.Clients, database.Proposals, database.MatchRuns,
            TimeProvider.System);
        var audit = new AuditApplicationService(database.AuditTrail, database.Proposals, options, pseudonyms);
        return new LocalProposals(database, regionId, service, waiting, audit);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

/// <summary>A command could not do its work; the message is printed as one line and the process exits with <see cref="ExitCode"/>.</summary>
internal sealed class CommandFailedException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
