using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Api.Hosting;

/// <summary>
/// The server's configuration keys and their defaults:
/// <c>Storage:Provider</c> (Sqlite | SqlServer, default Sqlite), <c>Storage:ConnectionString</c> (default the SQLite
/// file beschermdthuis.db in the working directory), <c>Matching:RegionId</c> (default regio-nijmegen),
/// <c>Affordability:ConfigPath</c> (default config/affordability.json, looked up in the working directory, then next
/// to the program), <c>Auth:SigningKeyPath</c> (default ~/.config/beschermdthuis/dev-signing-key),
/// <c>Matching:PolicyPath</c> (default config/matching-policy.json, looked up like the affordability file),
/// <c>Limits:*</c> (message and header sizes, see <see cref="RequestLimits"/>).
/// </summary>
public sealed record ServerSettings(StorageOptions Storage, MatchingOptions Matching, string AffordabilityConfigPath, string SigningKeyPath)
{
    /// <summary>The matching policy file (goal order and weights).</summary>
    public string MatchingPolicyPath { get; init; } = DefaultFiles.Resolve(DefaultFiles.MatchingPolicyConfig);

    /// <summary>The proposal workflow's policy (configuration <c>Proposals:PolicyPath</c>).</summary>
    public string ProposalPolicyPath { get; init; } = DefaultFiles.Resolve(DefaultFiles.ProposalPolicyConfig);

    /// <summary>Message and header sizes (<see cref="RequestLimits"/>, keys <c>Limits:*</c>).</summary>
    public RequestLimits Limits { get; init; } = RequestLimits.Default;

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
            ProposalPolicyPath = DefaultFiles.Resolve(configuration["Proposals:PolicyPath"] is { Length: > 0 } proposals ? proposals : DefaultFiles.ProposalPolicyConfig),
            Limits = RequestLimits.From(configuration),
        };
    }
}
