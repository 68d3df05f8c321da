using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Api.Hosting;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Storage;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BeschermdThuis.Matching.Api.Tests.Infrastructure;

/// <summary>
/// The real server in memory (TestServer) over a real SQLite file in a fresh temporary directory, reached through a
/// real GrpcChannel, as in grpc-dotnet's examples/Tester GrpcTestFixture; the server's log goes to the output of the
/// test that made the call. One per test class. Subclasses seed a different world (<see cref="SeedAsync"/>).
/// </summary>
public class ApiServerFixture : IAsyncLifetime
{
    private WebApplication? _app;
    private GrpcChannel? _channel;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "bt-api-tests-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Directory, "api.db");

    public string KeyPath => Path.Combine(Directory, "keys", "dev-signing-key");

    public byte[] Key { get; private set; } = [];

    /// <summary>The test's own handle on the same file: seeds it and reads what is stored, bypassing the API.</summary>
    public MatchingDatabase Store { get; private set; } = null!;

    public GrpcChannel Channel => _channel ?? throw new InvalidOperationException("the server has not started");

    public async ValueTask InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        Store = await MatchingDatabase.OpenAsync(StorageOptions.SqliteFile(DatabasePath));
        await SeedAsync(Store);

        (_app, _channel) = await StartServerAsync(SeedData.RegionId);
        Key = DevelopmentSigningKey.LoadOrCreate(KeyPath);
    }

    /// <summary>A server host in memory on this fixture's database file and signing key, and a channel to it.</summary>
    protected async Task<(WebApplication App, GrpcChannel Channel)> StartServerAsync(string regionId)
    {
        var builder = MatchingServer.CreateBuilder([]);
        // The caller's execution context reaches the server, and with it the running test's output (TestContext.Current).
        builder.WebHost.UseTestServer(options => options.PreserveExecutionContext = true);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new TestOutputLoggerProvider());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = StorageOptions.SqliteFile(DatabasePath).ConnectionString,
            ["Auth:SigningKeyPath"] = KeyPath,
            ["Matching:RegionId"] = regionId,
        });
        ConfigureServices(builder.Services);
        var app = await MatchingServer.BuildAsync(builder);
        await app.StartAsync();
        var server = app.GetTestServer();
        return (app, GrpcChannel.ForAddress(server.BaseAddress, new GrpcChannelOptions { HttpHandler = server.CreateHandler() }));
    }

    /// <summary>A call invoker on <paramref name="channel"/> that sends the given bearer token with every call.</summary>
    public static CallInvoker WithBearer(GrpcChannel channel, string token) =>
        channel.Intercept(metadata =>
        {
            metadata.Add("Authorization", $"Bearer {token}");
            return metadata;
        });

    protected virtual Task SeedAsync(MatchingDatabase store) => SeedData.SeedAsync(store);

    /// <summary>Registers services before the server's own, e.g. a FakeTimeProvider that the server then uses as its clock.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Stops the server, runs <paramref name="whileDown"/>, and starts a new server on the same file.</summary>
    public async Task RestartAsync(Func<Task> whileDown, string regionId = SeedData.RegionId)
    {
        _channel?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        (_app, _channel) = (null, null);
        await whileDown();
        (_app, _channel) = await StartServerAsync(regionId);
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        _channel?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        // Releases the pool of this fixture's file only: clearing every pool (ClearAllPools) here, while another
        // fixture's server was in the middle of 32 parallel updates, came with "cannot start a transaction within a
        // transaction" there, about once in five suite runs.
        await Store.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platform: the temp directory is cleaned by the OS later.
        }
    }

    public string TokenFor(Party party) => DevelopmentTokenIssuer.Issue(Key, party, TimeSpan.FromHours(1), TimeProvider.System);

    /// <summary>A call invoker that sends the given bearer token (or none) with every call.</summary>
    public CallInvoker Invoker(string? token) =>
        token is null ? Channel.CreateCallInvoker() : WithBearer(Channel, token);

    public Clients As(Party party) => new(Invoker(TokenFor(party)));

    public Clients WithToken(string? token) => new(Invoker(token));
}

/// <summary>The generated clients of the services on one invoker.</summary>
public sealed class Clients(CallInvoker invoker)
{
    public V1.RegionService.RegionServiceClient Region { get; } = new(invoker);

    public V1.StockService.StockServiceClient Stock { get; } = new(invoker);

    public V1.ClientService.ClientServiceClient Client { get; } = new(invoker);

    public V1.MatchingService.MatchingServiceClient Matching { get; } = new(invoker);

    public V1.ProposalService.ProposalServiceClient Proposal { get; } = new(invoker);

    public V1.SimulationService.SimulationServiceClient Simulation { get; } = new(invoker);
}
