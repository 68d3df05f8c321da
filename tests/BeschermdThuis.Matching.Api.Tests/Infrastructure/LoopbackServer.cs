using BeschermdThuis.Matching.Api.Hosting;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BeschermdThuis.Matching.Api.Tests.Infrastructure;

/// <summary>
/// The host as the CLI starts it: real Kestrel on a free loopback port, HTTP/2 without TLS (what grpcurl -plaintext
/// speaks), with the given settings, its log going to the given provider; and a channel to it.
/// </summary>
public sealed class LoopbackServer(WebApplication app, GrpcChannel channel, Uri address, string? connectionString) : IAsyncDisposable
{
    public GrpcChannel Channel { get; } = channel;

    /// <summary>The server's base address, for raw HTTP/2 requests.</summary>
    public Uri Address { get; } = address;

    public static async Task<LoopbackServer> StartAsync(
        IReadOnlyDictionary<string, string?> settings, TestOutputLoggerProvider log, LogLevel? minimumLevel = null)
    {
        var builder = MatchingServer.CreateBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(log);
        if (minimumLevel is { } level)
        {
            builder.Logging.SetMinimumLevel(level);
        }
        builder.Configuration.AddInMemoryCollection(settings);
        var app = await MatchingServer.BuildAsync(builder);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LoopbackServer(app, GrpcChannel.ForAddress(address), new Uri(address), settings.GetValueOrDefault("Storage:ConnectionString"));
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        if (connectionString is not null)
        {
            Storage.Dialects.SqliteDialect.Instance.ReleaseConnections(connectionString); // this server's file only, not every pool
        }
    }
}
