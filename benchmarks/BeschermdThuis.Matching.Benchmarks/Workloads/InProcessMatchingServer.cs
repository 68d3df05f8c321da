using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Api.Hosting;
using BeschermdThuis.Matching.DemoRegion;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Storage;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace BeschermdThuis.Matching.Benchmarks.Workloads;

/// <summary>
/// The real server host (<see cref="MatchingServer"/>: JWT auth, interceptors, application services, SQLite storage)
/// in memory behind a TestServer, over a real SQLite file in a fresh temporary directory that holds the demo region
/// and a seeded synthetic population, reached through a real <see cref="GrpcChannel"/> (as the API tests do).
/// </summary>
public sealed class InProcessMatchingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly GrpcChannel _channel;
    private readonly byte[] _key;

    private InProcessMatchingServer(string directory, DemoRegionData region, WebApplication app, GrpcChannel channel, byte[] key)
    {
        Directory = directory;
        Region = region;
        _app = app;
        _channel = channel;
        _key = key;
    }

    public string Directory { get; }

    public DemoRegionData Region { get; }

    /// <summary>The server's own services (e.g. its MatchInput), to build exactly the problem a RunMatch call builds.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Seeds a new database with <paramref name="population"/> (<see cref="DemoSeeder"/>, as the CLI's <c>demo</c> does) and starts the server on it.</summary>
    public static async Task<InProcessMatchingServer> StartAsync(DemoRegionData region, DemoPopulation population, CancellationToken cancellationToken = default)
    {
        var directory = Path.Combine(Path.GetTempPath(), "bt-bench-grpc-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var storage = StorageOptions.SqliteFile(Path.Combine(directory, "matching.db"));
        await using (var database = await MatchingDatabase.OpenAsync(storage, cancellationToken))
        {
            await DemoSeeder.SeedAsync(database, region, population, cancellationToken);
        }

        var keyPath = Path.Combine(directory, "keys", "dev-signing-key");
        var builder = MatchingServer.CreateBuilder([]);
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Auth:SigningKeyPath"] = keyPath,
            ["Matching:RegionId"] = region.Region.Id,
            // BenchmarkDotNet runs the benchmarks from its own build directory: name the configuration files outright.
            ["Affordability:ConfigPath"] = DemoWorkload.ConfigFile("affordability.json"),
            ["Matching:PolicyPath"] = DemoWorkload.ConfigFile("matching-policy.json"),
        });
        var app = await MatchingServer.BuildAsync(builder, cancellationToken);
        await app.StartAsync(cancellationToken);
        var server = app.GetTestServer();
        var channel = GrpcChannel.ForAddress(server.BaseAddress, new GrpcChannelOptions { HttpHandler = server.CreateHandler() });
        return new InProcessMatchingServer(directory, region, app, channel, DevelopmentSigningKey.LoadOrCreate(keyPath));
    }

    /// <summary>A call invoker that sends a fresh development token of <paramref name="party"/> with every call.</summary>
    public CallInvoker As(Party party)
    {
        var token = DevelopmentTokenIssuer.Issue(_key, party, TimeSpan.FromHours(12), TimeProvider.System);
        return _channel.Intercept(metadata =>
        {
            metadata.Add("Authorization", $"Bearer {token}");
            return metadata;
        });
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
