using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Api.Hosting;
using BeschermdThuis.Matching.DemoRegion;
using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage;
using BeschermdThuis.Matching.Storage.Dialects;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BeschermdThuis.Matching.Examples.Tests;

/// <summary>
/// The server as a user starts it (<c>serve</c>): real Kestrel on a free loopback port, HTTP/2 without TLS, over a
/// fresh SQLite file that holds only the region's real reference data (neighbourhoods, municipalities, default limits),
/// one corporation and one care team covering the desk's municipality (a unit no care team covers is never matched),
/// so the units and clients the example imports are the only population there is.
/// </summary>
public sealed class ExampleServerFixture : IAsyncLifetime
{
    public const string RegionId = "regio-nijmegen";
    public const string CorporationId = "waalboog";
    public const string Municipality = "GM0268";

    public static readonly Party Corporation = new(PartyKind.HousingCorporation, CorporationId);
    public static readonly Party Desk = new(PartyKind.MunicipalDesk, Municipality);

    private WebApplication? _app;
    private GrpcChannel? _channel;
    private byte[] _key = [];

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "bt-examples-" + Guid.NewGuid().ToString("N"));

    private StorageOptions Storage => StorageOptions.SqliteFile(Path.Combine(Directory, "examples.db"));

    private string ConnectionString => Storage.ConnectionString;

    /// <summary>host:port, as the examples take it.</summary>
    public string Server { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var region = RegioNijmegen.Load();
        await using (var store = await MatchingDatabase.OpenAsync(Storage))
        {
            await store.Regions.SaveRegionAsync(region.Region);
            await store.Regions.SaveNeighbourhoodsAsync(RegionId, region.Neighbourhoods);
            await store.Corporations.SaveCorporationAsync(RegionId, new HousingCorporation(CorporationId, "Woonstichting Waalboog (fictief)", [new MunicipalityCode(Municipality)]));
            var centre = region.Neighbourhood(new NeighbourhoodCode("BU02680101")).Boundary.InteriorPoint;
            await store.CareTeams.CreateCareTeamAsync(RegionId, new CareTeam(
                "fact-nijmegen", "FACT Nijmegen (fictief)", new ServiceArea([new MunicipalityCode(Municipality)], null), new GeoPoint(centre.X, centre.Y), 40, 10));
        }

        var builder = MatchingServer.CreateBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = ConnectionString,
            ["Auth:SigningKeyPath"] = Path.Combine(Directory, "dev-signing-key"),
            ["Matching:RegionId"] = RegionId,
        });
        _app = await MatchingServer.BuildAsync(builder);
        await _app.StartAsync();
        var address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        Server = $"{address.Host}:{address.Port}";
        _channel = GrpcChannel.ForAddress(address);
        _key = DevelopmentSigningKey.LoadOrCreate(Path.Combine(Directory, "dev-signing-key"));
    }

    /// <summary>A token as the CLI's <c>token</c> command issues it, signed with this server's key.</summary>
    public string TokenFor(Party party) => DevelopmentTokenIssuer.Issue(_key, party, TimeSpan.FromHours(1), TimeProvider.System);

    /// <summary>A call invoker for the test's own reads through the API, as <paramref name="party"/>.</summary>
    public CallInvoker As(Party party)
    {
        var token = TokenFor(party);
        var channel = _channel ?? throw new InvalidOperationException("the server has not started");
        return channel.Intercept(metadata =>
        {
            metadata.Add("authorization", $"Bearer {token}");
            return metadata;
        });
    }

    public async ValueTask DisposeAsync()
    {
        _channel?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        SqliteDialect.Instance.ReleaseConnections(ConnectionString);
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
