using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Storage;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;

namespace BeschermdThuis.Matching.Api.Tests.Infrastructure;

/// <summary>
/// The real server on Kestrel (a loopback port, HTTP/2 without TLS) over a seeded SQLite file: what an outside
/// client reaches, byte for byte. Warnings and errors only are logged, so thousands of calls stay quiet.
/// </summary>
public sealed class KestrelServerFixture : IAsyncLifetime
{
    private LoopbackServer? _server;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "bt-api-kestrel-seeded-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Directory, "api.db");

    public byte[] Key { get; private set; } = [];

    public GrpcChannel Channel => _server?.Channel ?? throw new InvalidOperationException("the server has not started");

    public Uri Address => _server?.Address ?? throw new InvalidOperationException("the server has not started");

    public async ValueTask InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        await using (var store = await MatchingDatabase.OpenAsync(StorageOptions.SqliteFile(DatabasePath)))
        {
            await SeedData.SeedAsync(store);
        }
        _server = await LoopbackServer.StartAsync(
            new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = StorageOptions.SqliteFile(DatabasePath).ConnectionString,
                ["Auth:SigningKeyPath"] = Path.Combine(Directory, "key"),
                ["Matching:RegionId"] = SeedData.RegionId,
            },
            new TestOutputLoggerProvider(),
            LogLevel.Warning);
        Key = DevelopmentSigningKey.LoadOrCreate(Path.Combine(Directory, "key"));
    }

    public string TokenFor(Party party) => DevelopmentTokenIssuer.Issue(Key, party, TimeSpan.FromHours(1), TimeProvider.System);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
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
