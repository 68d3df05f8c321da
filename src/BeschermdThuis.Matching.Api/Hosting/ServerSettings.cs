using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Simulations;
using BeschermdThuis.Matching.Storage;
using Microsoft.Data.Sqlite;

namespace BeschermdThuis.Matching.Api.Hosting;

/// <summary>
/// The server's configuration keys and their defaults:
/// <c>Storage:Provider</c> (Sqlite | SqlServer, default Sqlite), <c>Storage:ConnectionString</c> (default the SQLite
/// file beschermdthuis.db in the working directory), <c>Matching:RegionId</c> (default regio-nijmegen),
/// <c>Affordability:ConfigPath</c> (default config/affordability.json, looked up in the working directory, then next
/// to the program), <c>Auth:SigningKeyPath</c> (default ~/.config/beschermdthuis/dev-signing-key),
/// <c>Matching:PolicyPath</c> (default config/matching-policy.json, looked up like the affordability file),
/// <c>Limits:*</c> (message and header sizes, see <see cref="RequestLimits"/>), <c>Proposals:PolicyPath</c> (default
/// config/proposal-policy.json, looked up like the affordability file), <c>Proposals:PseudonymKeyPath</c> (the secret
/// of the clients' audit pseudonyms; default beside the SQLite file, <c>&lt;database&gt;.pseudonym-key</c>, or
/// ~/.config/beschermdthuis/pseudonym-key for SQL Server), <c>Proposals:SweepIntervalSeconds</c> (how often overdue
/// proposals are expired; default 60).
/// </summary>
public sealed record ServerSettings(StorageOptions Storage, MatchingOptions Matching, string AffordabilityConfigPath, string SigningKeyPath)
{

    public static readonly TimeSpan DefaultSweepInterval = TimeSpan.FromSeconds(60);

    /// <summary>The matching policy file (goal order and weights).</summary>
    public string MatchingPolicyPath { get; init; } = DefaultFiles.Resolve(DefaultFiles.MatchingPolicyConfig);

    /// <summary>The proposal workflow's policy file (response deadlines, decline reasons, re-offer rules).</summary>
    public string ProposalPolicyPath { get; init; } = DefaultFiles.Resolve(DefaultFiles.ProposalPolicyConfig);

    /// <summary>The secret of the clients' pseudonyms in the audit trail; it belongs with the database it was used on.</summary>
    public string PseudonymKeyPath { get; init; } = DefaultPseudonymKeyPath(Storage);

    /// <summary>How often the deadline sweep expires overdue proposals.</summary>
    public TimeSpan SweepInterval { get; init; } = DefaultSweepInterval;

    /// <summary>Message and header sizes (<see cref="RequestLimits"/>, keys <c>Limits:*</c>).</summary>
    public RequestLimits Limits { get; init; } = RequestLimits.Default;

    /// <summary><c>Simulation:MaxReplications</c>: replications × scenarios one simulation call may ask.</summary>
    public SimulationLimits Simulation { get; init; } = SimulationLimits.Default;

    public static ServerSettings From(IConfiguration configuration)
    {
        var providerText = configuration["Storage:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerText)
            ? StorageProvider.Sqlite
            : Enum.TryParse<StorageProvider>(providerText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new InvalidOperationException($"Storage:Provider '{providerText}' is not Sqlite or SqlServer");
        var connectionString = configuration["Storage:ConnectionString"];
        var storage = string.IsNullOrWhiteSpace(connectionString)
            ? provider == StorageProvider.Sqlite
                ? StorageOptions.SqliteFile(Path.Combine(Directory.GetCurrentDirectory(), DefaultFiles.Database))
                : throw new InvalidOperationException("Storage:ConnectionString is required for SqlServer")
            : new StorageOptions(provider, connectionString);
        return new ServerSettings(
            storage,
            new MatchingOptions(configuration["Matching:RegionId"] is { Length: > 0 } region ? region : MatchingOptions.DefaultRegionId),
            DefaultFiles.Resolve(configuration["Affordability:ConfigPath"] is { Length: > 0 } path ? path : DefaultFiles.AffordabilityConfig),
            configuration["Auth:SigningKeyPath"] is { Length: > 0 } keyPath ? keyPath : DevelopmentSigningKey.DefaultPath)
        {
            MatchingPolicyPath = DefaultFiles.Resolve(configuration["Matching:PolicyPath"] is { Length: > 0 } policy ? policy : DefaultFiles.MatchingPolicyConfig),
            Limits = RequestLimits.From(configuration),
            ProposalPolicyPath = DefaultFiles.Resolve(configuration["Proposals:PolicyPath"] is { Length: > 0 } proposals ? proposals : DefaultFiles.ProposalPolicyConfig),
            PseudonymKeyPath = configuration["Proposals:PseudonymKeyPath"] is { Length: > 0 } pseudonymKey ? pseudonymKey : DefaultPseudonymKeyPath(storage),
            SweepInterval = SweepSeconds(configuration["Proposals:SweepIntervalSeconds"]),
            Simulation = SimulationLimits.From(configuration["Simulation:MaxReplications"]),
        };
    }

    /// <summary>Beside the SQLite file, so the secret stays with the audit trail it pseudonymises; per user for SQL Server.</summary>
    public static string DefaultPseudonymKeyPath(StorageOptions storage) =>
        storage.Provider == StorageProvider.Sqlite
            ? Path.GetFullPath(new SqliteConnectionStringBuilder(storage.ConnectionString).DataSource) + ".pseudonym-key"
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "beschermdthuis", "pseudonym-key");

    private static TimeSpan SweepSeconds(string? text) => text switch
    {
        null or "" => DefaultSweepInterval,
        _ when int.TryParse(text, out var seconds) && seconds > 0 => TimeSpan.FromSeconds(seconds),
        _ => throw new InvalidOperationException($"Proposals:SweepIntervalSeconds '{text}' is not a positive number of seconds"),
    };
}
