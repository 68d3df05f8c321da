using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Storage;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Grpc.Reflection.V1Alpha;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// The host as the CLI starts it: real Kestrel on a loopback port, HTTP/2 without TLS (what grpcurl -plaintext speaks),
/// on a fresh database file that the start-up migrations create.
/// </summary>
public sealed class KestrelHostTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bt-api-kestrel-" + Guid.NewGuid().ToString("N"));
    private LoopbackServer? _server;

    private GrpcChannel Channel => _server?.Channel ?? throw new InvalidOperationException("the server has not started");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _server = await LoopbackServer.StartAsync(
            new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = StorageOptions.SqliteFile(Path.Combine(_directory, "fresh.db")).ConnectionString,
                ["Auth:SigningKeyPath"] = Path.Combine(_directory, "key"),
            },
            new TestOutputLoggerProvider(TestContext.Current.TestOutputHelper));
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task StartedServer_AnswersHealthOverCleartextHttp2()
    {
        var health = new Health.HealthClient(Channel);

        var response = await health.CheckAsync(new HealthCheckRequest(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
        Assert.True(File.Exists(Path.Combine(_directory, "fresh.db")));
    }

    [Fact]
    public async Task StartedServer_ListsItsServicesThroughReflection()
    {
        // The exact exchange `grpcurl -plaintext HOST:PORT list` makes, over a real socket.
        var reflection = new ServerReflection.ServerReflectionClient(Channel);
        using var call = reflection.ServerReflectionInfo(cancellationToken: TestContext.Current.CancellationToken);

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" }, TestContext.Current.CancellationToken);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(TestContext.Current.CancellationToken));

        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name);
        Assert.Equal(ServedServices.All, services.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task StartedServer_LogsToTheOutputOfTheTestThatStartedIt()
    {
        var health = new Health.HealthClient(Channel);

        await health.CheckAsync(new HealthCheckRequest(), cancellationToken: TestContext.Current.CancellationToken);

        var output = TestContext.Current.TestOutputHelper?.Output;
        Assert.NotNull(output);
        Assert.Contains("Request starting HTTP/2 POST http://127.0.0.1:", output, StringComparison.Ordinal);
        Assert.Contains("/grpc.health.v1.Health/Check", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartedServer_WithEmptyDatabase_SaysTheRegionIsNotThere()
    {
        var key = Api.Auth.DevelopmentSigningKey.LoadOrCreate(Path.Combine(_directory, "key"));
        var token = Api.Auth.DevelopmentTokenIssuer.Issue(key, SeedData.Administrator, TimeSpan.FromMinutes(5), TimeProvider.System);
        var region = new V1.RegionService.RegionServiceClient(Channel);

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => region.GetRegionAsync(
            new V1.GetRegionRequest { Name = $"regions/{SeedData.RegionId}" },
            new Metadata { { "Authorization", $"Bearer {token}" } },
            cancellationToken: TestContext.Current.CancellationToken).ResponseAsync);
    }
}
