using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Api.Hosting;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Storage;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BeschermdThuis.Matching.Api.Tests.Infrastructure;

/// <summary>
/// The real server on Kestrel (a loopback port, HTTP/2 without TLS) over a seeded SQLite file: what an outside
/// client reaches, byte for byte. Warnings and errors only are logged, so thousands of calls stay quiet.
/// </summary>
public sealed class KestrelServerFixture : IAsyncLifetime
{
    private WebApplication? _app;
    private GrpcChannel? _channel;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "bt-api-kestrel-seeded-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Directory, "api.db");

    public byte[] Key { get; private set; } = [];

    public GrpcChannel Channel => _channel ?? throw new InvalidOperationException("the server has not started");

    public async ValueTask InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        await using (var store = await MatchingDatabase.OpenAsync(StorageOptions.SqliteFile(DatabasePath)))
        {
            await SeedData.SeedAsync(store);
        }
        var builder = MatchingServer.CreateBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new TestOutputLoggerProvider());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = StorageOptions.SqliteFile(DatabasePath).ConnectionString,
            ["Auth:SigningKeyPath"] = Path.Combine(Directory, "key"),
            ["Matching:RegionId"] = SeedData.RegionId,
        });
        _app = await MatchingServer.BuildAsync(builder);
        await _app.StartAsync();
        Key = DevelopmentSigningKey.LoadOrCreate(Path.Combine(Directory, "key"));
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _channel = GrpcChannel.ForAddress(address);
    }

    public string TokenFor(Party party) => DevelopmentTokenIssuer.Issue(Key, party, TimeSpan.FromHours(1), TimeProvider.System);

    public async ValueTask DisposeAsync()
    {
        _channel?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platform: the temp directory is cleaned by the OS later.
        }
    }
}
