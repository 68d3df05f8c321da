using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Api.Grpc;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Erasure;
using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.Application.Simulations;
using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Storage;
using Grpc.AspNetCore.Server.Model;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BeschermdThuis.Matching.Api.Hosting;

/// <summary>
/// Builds the gRPC host, for <c>Program</c>, for the CLI's <c>serve</c> and for tests (which add a TestServer to
/// the builder before <see cref="BuildAsync(WebApplicationBuilder, CancellationToken)"/>).
/// </summary>
public static class MatchingServer
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>A builder with the server's defaults: HTTP/2 without TLS (h2c) on <see cref="DefaultUrl"/> unless urls are configured.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var limits = RequestLimits.From(builder.Configuration);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.ConfigureEndpointDefaults(listen => listen.Protocols = HttpProtocols.Http2);
            kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = limits.MaxRequestHeadersTotalBytes;
            kestrel.Limits.Http2.MaxRequestHeaderFieldSize = limits.MaxRequestHeaderFieldBytes;
        });
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        return builder;
    }

    /// <summary>Opens the database (running its migrations), registers the services and maps the endpoints.</summary>
    public static async Task<WebApplication> BuildAsync(string[] args, CancellationToken cancellationToken = default) =>
        await BuildAsync(CreateBuilder(args), cancellationToken);

    /// <summary>
    /// As <see cref="BuildAsync(string[], CancellationToken)"/>; on a database that does not hold the served region yet,
    /// first stores <paramref name="initialRegion"/> (its reference data, no population; <see cref="RegionInitialisation"/>).
    /// The host itself knows no region's data: the command line's <c>serve</c> passes the shipped region's.
    /// </summary>
    public static async Task<WebApplication> BuildAsync(string[] args, RegionReferenceData? initialRegion, CancellationToken cancellationToken = default) =>
        await BuildAsync(CreateBuilder(args), initialRegion, cancellationToken);

    public static Task<WebApplication> BuildAsync(WebApplicationBuilder builder, CancellationToken cancellationToken = default) =>
        BuildAsync(builder, null, cancellationToken);

    public static async Task<WebApplication> BuildAsync(WebApplicationBuilder builder, RegionReferenceData? initialRegion, CancellationToken cancellationToken = default)
    {
        var settings = ServerSettings.From(builder.Configuration);
        var affordability = AffordabilityPolicyJson.Parse(await File.ReadAllTextAsync(settings.AffordabilityConfigPath, cancellationToken));
        var policy = MatchPolicyJson.Load(settings.MatchingPolicyPath);
        var proposalPolicy = ProposalPolicyJson.Load(settings.ProposalPolicyPath);
        var signingKey = DevelopmentSigningKey.LoadOrCreate(settings.SigningKeyPath);
        var database = await MatchingDatabase.OpenAsync(settings.Storage, cancellationToken);
        var pseudonyms = ClientPseudonyms.LoadOrCreate(settings.PseudonymKeyPath);
        builder.Services.AddMatchingServices(settings, database, affordability, policy, signingKey);
        builder.Services.AddProposalServices(database, proposalPolicy, pseudonyms);
        var app = builder.Build();
        await InitialiseRegionAsync(app, database, settings, initialRegion, cancellationToken);
        app.Lifetime.ApplicationStopped.Register(() => database.DisposeAsync().AsTask().GetAwaiter().GetResult());
        app.MapMatchingServices();
        return app;
    }

    private static async Task InitialiseRegionAsync(
        WebApplication app, MatchingDatabase database, ServerSettings settings, RegionReferenceData? initialRegion, CancellationToken cancellationToken)
    {
        var regionId = settings.Matching.RegionId;
        if (initialRegion is not null && initialRegion.Region.Id == regionId)
        {
            var result = await RegionInitialisation.InitialiseAsync(database.Regions, initialRegion, cancellationToken);
            if (app.Logger.IsEnabled(LogLevel.Information))
            {
                app.Logger.LogInformation("{Initialisation}", result.Describe());
            }
        }
        else if (await database.Regions.GetRegionAsync(regionId, cancellationToken) is null)
        {
            app.Logger.LogWarning("The database does not hold region {RegionId}; create it with: beschermdthuis init (or demo)", regionId);
        }
    }

    public static IServiceCollection AddMatchingServices(
        this IServiceCollection services, ServerSettings settings, MatchingDatabase database, AffordabilityPolicy affordability, MatchPolicy policy, byte[] signingKey)
    {
        services.AddSingleton(policy);
        services.AddSingleton(settings);
        services.AddSingleton(settings.Matching);
        services.AddSingleton(affordability);
        // A test registers its own clock (a FakeTimeProvider) before the server's services; that one is kept.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(database);
        services.AddSingleton(database.Regions);
        services.AddSingleton(database.Stock);
        services.AddSingleton(database.Clients);
        services.AddSingleton(database.CareTeams);
        services.AddSingleton(database.Agreements);
        services.AddSingleton(database.MatchRuns);
        services.AddSingleton<RegionCatalog>();
        services.AddSingleton<RegionApplicationService>();
        services.AddSingleton<CareTeamApplicationService>();
        services.AddSingleton<AgreementApplicationService>();
        services.AddSingleton<StockApplicationService>();
        services.AddSingleton(database.Corporations);
        services.AddSingleton<CorporationApplicationService>();
        services.AddSingleton<ClientApplicationService>();
        services.AddSingleton<MatchInput>();
        services.AddSingleton<MatchingApplicationService>();
        services.AddSingleton(settings.Simulation);
        services.AddSingleton(database.Simulations);
        services.AddSingleton<SimulationApplicationService>();

        services.AddGrpc(grpc =>
        {
            grpc.Interceptors.Add<ErrorInterceptor>();
            // Inside the error interceptor, so its refusal is mapped like any other.
            grpc.Interceptors.Add<KnownPartyInterceptor>();
            grpc.MaxReceiveMessageSize = settings.Limits.MaxReceiveMessageBytes;
            grpc.MaxSendMessageSize = settings.Limits.MaxSendMessageBytes;
        });
        services.RemoveAll(typeof(IServiceMethodProvider<>));
        services.AddSingleton(typeof(IServiceMethodProvider<>), typeof(ValidatingMethodProvider<>));
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks()
            .AddAsyncCheck("storage", async cancellationToken =>
            {
                await database.Regions.ListRegionsAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            });

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = DevelopmentTokenIssuer.ValidationParameters(signingKey);
            });
        services.AddAuthorization();
        return services;
    }

    /// <summary>The proposal workflow: its policy, the clients' pseudonyms, storage, the service and the deadline sweep.</summary>
    public static IServiceCollection AddProposalServices(
        this IServiceCollection services, MatchingDatabase database, ProposalPolicy policy, ClientPseudonyms pseudonyms)
    {
        services.AddSingleton(policy);
        services.AddSingleton(pseudonyms);
        services.AddSingleton(database.Proposals);
        services.AddSingleton(database.AuditTrail);
        services.AddSingleton(database.MatchLock);
        services.AddSingleton(database.ClientErasure);
        services.AddSingleton<ClientErasureApplicationService>();
        services.AddSingleton<AuditApplicationService>();
        services.AddSingleton<ProposalWatch>();
        services.AddSingleton<ProposalApplicationService>();
        services.AddHostedService<ProposalDeadlineSweep>();
        return services;
    }

    /// <summary>The services behind a bearer token; reflection and health open, so grpcurl can discover and probe.</summary>
    public static WebApplication MapMatchingServices(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<FramingCheck>(RequestLimits.From(app.Configuration));
        app.MapGrpcService<RegionGrpcService>().RequireAuthorization();
        app.MapGrpcService<StockGrpcService>().RequireAuthorization();
        app.MapGrpcService<ClientGrpcService>().RequireAuthorization();
        app.MapGrpcService<MatchingGrpcService>().RequireAuthorization();
        app.MapGrpcService<ProposalGrpcService>().RequireAuthorization();
        app.MapGrpcService<SimulationGrpcService>().RequireAuthorization();
        app.MapGrpcReflectionService();
        app.MapGrpcHealthChecksService();
        app.MapGet("/", () => "BeschermdThuis.Matching gRPC server: use a gRPC client (grpcurl -plaintext <host:port> list).");
        return app;
    }
}
