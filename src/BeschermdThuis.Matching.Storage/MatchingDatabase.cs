using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Dialects;
using BeschermdThuis.Matching.Storage.Locking;
using BeschermdThuis.Matching.Storage.Migrations;
using BeschermdThuis.Matching.Storage.Repositories;
using Dapper;

namespace BeschermdThuis.Matching.Storage;

/// <summary>
/// The matching service's database: opened with <see cref="OpenAsync(StorageOptions, CancellationToken)"/>, which brings the schema up to date,
/// and then used through its repositories. Each operation opens its own (pooled) connection, so one
/// instance is shared by the whole process; dispose it at shutdown.
/// </summary>
public sealed class MatchingDatabase : IAsyncDisposable, IDisposable
{
    private readonly StorageOptions _options;

    private MatchingDatabase(StorageOptions options, SqlDatabase db, IReadOnlyList<int> appliedMigrations)
    {
        _options = options;
        Dialect = db.Dialect;
        Statements = db.Sql;
        AppliedMigrations = appliedMigrations;
        Regions = new SqlRegionRepository(db);
        Stock = new SqlStockRepository(db);
        Corporations = new SqlCorporationRepository(db);
        Clients = new SqlClientRepository(db);
        CareTeams = new SqlCareTeamRepository(db);
        Agreements = new SqlAgreementRepository(db);
        MatchRuns = new SqlMatchRunRepository(db);
        Simulations = new SqlSimulationRepository(db);
        Proposals = new SqlProposalRepository(db);
        AuditTrail = new SqlAuditTrail(db);
        ClientErasure = new SqlClientErasure(db);
        MatchLock = options.Provider == StorageProvider.SqlServer
            ? new SqlServerMatchLock(options.ConnectionString)
            : new SqliteMatchLock(options.ConnectionString);
    }

    public StorageOptions Options => _options;

    public IRegionRepository Regions { get; }

    public IStockRepository Stock { get; }

    public ICorporationRepository Corporations { get; }

    public IClientRepository Clients { get; }

    public ICareTeamRepository CareTeams { get; }

    public IAgreementRepository Agreements { get; }

    public IMatchRunRepository MatchRuns { get; }

    public ISimulationRepository Simulations { get; }

    public IProposalRepository Proposals { get; }

    public IAuditTrail AuditTrail { get; }

    public IClientErasure ClientErasure { get; }

    /// <summary>One match at a time per region (see <see cref="SqlServerMatchLock"/> and <see cref="SqliteMatchLock"/>).</summary>
    public IMatchLock MatchLock { get; }

    public ISqlDialect Dialect { get; }

    public SqlStatements Statements { get; }

    /// <summary>The migration versions this open applied (empty when the schema was already current).</summary>
    public IReadOnlyList<int> AppliedMigrations { get; }

    public static ISqlDialect DialectFor(StorageProvider provider) => provider switch
    {
        StorageProvider.Sqlite => SqliteDialect.Instance,
        StorageProvider.SqlServer => SqlServerDialect.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "unknown storage provider"),
    };

    /// <summary>Connects, runs the pending migrations and returns the ready database.</summary>
    public static async Task<MatchingDatabase> OpenAsync(StorageOptions options, CancellationToken cancellationToken = default) =>
        await OpenAsync(options, TimeProvider.System, cancellationToken);

    public static async Task<MatchingDatabase> OpenAsync(StorageOptions options, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString);
        ArgumentNullException.ThrowIfNull(clock);
        // Columns are snake_case, row properties PascalCase.
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        var db = new SqlDatabase(DialectFor(options.Provider), options.ConnectionString);
        var applied = await Migrator.RunAsync(db, clock, cancellationToken);
        return new MatchingDatabase(options, db, applied);
    }

    /// <summary>Closes the pooled connections (for SQLite this releases the file).</summary>
    public void Dispose() => Dialect.ReleaseConnections(_options.ConnectionString);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
