using System.Reflection;
using ArchUnitNET.Fluent.Syntax.Elements.Types;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnitV3;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace BeschermdThuis.Matching.Architecture.Tests;

/// <summary>
/// Which project may use which (README, "Architecture"): Domain uses none of ours, the Solver and Storage only the
/// Domain, the Application no transport, nothing the command line. The rules look at the compiled types, so a using
/// line, a field or a call across a forbidden line fails them, not just a project reference.
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(Domain.Parties.Party).Assembly;
    private static readonly Assembly Solver = typeof(Solver.Problem.MatchOptions).Assembly;
    private static readonly Assembly Storage = typeof(Storage.MatchingDatabase).Assembly;
    private static readonly Assembly Application = typeof(Application.AccessPolicy).Assembly;
    private static readonly Assembly Api = typeof(Api.Hosting.MatchingServer).Assembly;
    private static readonly Assembly DemoRegion = typeof(DemoRegion.DemoSeeder).Assembly;
    private static readonly Assembly Cli = Assembly.Load("beschermdthuis");
    private static readonly Assembly Simulation = typeof(Simulation.SimulationLoop).Assembly;
    private static readonly Assembly SimulationReports = typeof(Simulation.Reports.SimulationReport).Assembly;

    private static readonly ArchUnitNET.Domain.Architecture Code =
        new ArchLoader().LoadAssemblies(Domain, Solver, Storage, Application, Api, DemoRegion, Cli, Simulation, SimulationReports).Build();

    private const string Ours = @"^BeschermdThuis\.Matching\.";
    private const string AspNet = @"^Microsoft\.AspNetCore(\.|$)";
    private const string Grpc = @"^Grpc(\.|$)";
    private const string Protobuf = @"^Google\.(Protobuf|Api|Rpc|Type)(\.|$)";
    private const string Dapper = @"^Dapper(\.|$)";
    private const string OrTools = @"^Google\.OrTools(\.|$)";

    [Fact]
    public void Domain_UsesNoOtherProjectOfOursAndNoFramework() =>
        TypesIn(Domain).Should().NotDependOnAnyTypesThat()
            .ResideInNamespaceMatching(Any(Ours + @"(Solver|Storage|Application|Api|DemoRegion|Cli)(\.|$)", AspNet, Grpc, Protobuf, Dapper, OrTools))
            .Because("the domain is the language of the problem, not of a library")
            .Check(Code);

    [Fact]
    public void Solver_UsesNeitherStorageNorApplicationNorApi() =>
        TypesIn(Solver).Should().NotDependOnAnyTypesThat()
            .ResideInNamespaceMatching(Ours + @"(Storage|Application|Api|DemoRegion|Cli)(\.|$)")
            .Because("the solver gets a match problem and returns a result; where it comes from is not its business")
            .Check(Code);

    [Fact]
    public void Storage_DoesNotUseTheSolver() =>
        TypesIn(Storage).Should().NotDependOnAnyTypesThat()
            .ResideInNamespaceMatching(Ours + @"(Solver|Application|Api|DemoRegion|Cli)(\.|$)")
            .Because("storage keeps the domain's records; the match documents are the application's")
            .Check(Code);

    [Fact]
    public void Application_UsesNoTransport() =>
        TypesIn(Application).Should().NotDependOnAnyTypesThat()
            .ResideInNamespaceMatching(Any(Ours + @"(Api|DemoRegion|Cli)(\.|$)", AspNet, Grpc, Protobuf))
            .Because("the use cases serve the gRPC API and the command line alike")
            .Check(Code);

    [Fact]
    public void NothingUsesTheCommandLine() =>
        Types().That().DoNotResideInAssembly(Cli).Should().NotDependOnAnyTypesThat()
            .ResideInNamespaceMatching(Ours + @"Cli(\.|$)")
            .Because("the command line is a host at the edge, like the API")
            .Check(Code);

    [Fact]
    public void Api_DoesNotUseTheDemoRegion() =>
        TypesIn(Api).Should().NotDependOnAnyTypesThat()
            .ResideInNamespaceMatching(Ours + @"DemoRegion(\.|$)")
            .Because("the server serves any region; the demo data is seeded by the command line, the tests and the benchmark")
            .Check(Code);

    /// <summary>The command line uses the API project only to serve, to issue a development token and for the API's proto JSON files.</summary>
    [Fact]
    public void CommandLine_UsesTheApiOnlyToServeIssueTokensAndReadWriteProtoJson() =>
        TypesIn(Cli).And().DoNotHaveFullNameMatching(@"\.(ServeCommand|TokenCommand|ProtoJsonFiles)(\W|$)")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(Any(Ours + @"Api(\.|$)", AspNet, Grpc, Protobuf))
            .Because("a local match runs the application's use case directly, without proto messages")
            .Check(Code);

    [Fact]
    public void Simulation_UsesOnlyTheDomainAndTheSolver() =>
        TypesIn(Simulation).Should().NotDependOnAnyTypesThat()
            .ResideInNamespaceMatching(Any(Ours + @"(Storage|Application|Api|DemoRegion|Cli)(\.|$)", AspNet, Grpc, Protobuf, Dapper))
            .Because("a replication runs the real engine on data the caller passes in; the region, storage and transport are the caller's")
            .Check(Code);

    [Fact]
    public void SimulationReports_UseNoStorageApplicationOrTransport() =>
        TypesIn(SimulationReports).Should().NotDependOnAnyTypesThat()
            .ResideInNamespaceMatching(Any(Ours + @"(Storage|Application|Api|DemoRegion|Cli)(\.|$)", AspNet, Grpc, Protobuf, Dapper))
            .Because("a report draws a simulation's result and the region's polygons that the caller passes in")
            .Check(Code);

    private static GivenTypesConjunction TypesIn(Assembly assembly) => Types().That().ResideInAssembly(assembly);

    private static string Any(params string[] patterns) => string.Join("|", patterns.Select(p => $"({p})"));
}
