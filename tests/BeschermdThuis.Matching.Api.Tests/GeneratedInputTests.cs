using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Parties;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// An outside tester's client, in the suite: seeded random requests for every unary call of the six services, and
/// raw garbage bodies, sent over a real HTTP/2 connection. Every answer is a status a client can act on (never UNKNOWN
/// or INTERNAL), and a refused call leaves every table of the database file exactly as it was.
/// </summary>
public sealed class GeneratedInputTests(KestrelServerFixture server) : IClassFixture<KestrelServerFixture>
{
    private static readonly HashSet<StatusCode> Allowed =
    [
        StatusCode.OK, StatusCode.InvalidArgument, StatusCode.NotFound, StatusCode.AlreadyExists, StatusCode.FailedPrecondition,
        StatusCode.PermissionDenied, StatusCode.Unauthenticated, StatusCode.Aborted, StatusCode.OutOfRange,
    ];

    private static readonly Marshaller<byte[]> Raw = Marshallers.Create(b => b, b => b);

    private static readonly ServiceDescriptor[] Services =
    [
        V1.RegionService.Descriptor, V1.StockService.Descriptor, V1.ClientService.Descriptor, V1.MatchingService.Descriptor,
        V1.ProposalService.Descriptor, V1.SimulationService.Descriptor,
    ];

    public static IReadOnlyList<MethodDescriptor> UnaryMethods { get; } =
        [.. Services.SelectMany(s => s.Methods).Where(m => !m.IsClientStreaming && !m.IsServerStreaming)];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void EveryUnaryCallOfTheSixServices_IsGenerated() => Assert.Equal(61, UnaryMethods.Count);

    [Fact]
    public async Task GeneratedRequests_ToEveryUnaryCall_AnswerAnAllowedStatus_AndRefusedCallsChangeNothing()
    {
        var generator = new RequestGenerator(seed: 10_380);
        var failures = await SendAsync(3_100, generator, (method, _) => generator.Message(method.InputType).ToByteArray());

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(25)));
    }

    [Fact]
    public async Task GarbageBodies_AnswerInvalidArgumentOrAnotherAllowedStatus_AndChangeNothing()
    {
        var generator = new RequestGenerator(seed: 570);
        var failures = await SendAsync(1_000, generator, (method, _) => generator.Garbage(generator.Message(method.InputType).ToByteArray()));

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(25)));
    }

    /// <summary>.NET's <c>$</c> matches before a final newline: "…/units/nl-probe\n" was read, changed and deleted as "…/units/nl-probe".</summary>
    [Fact]
    public async Task EveryNameOrParent_WithATrailingNewline_IsInvalidArgument_AndChangesNothing()
    {
        var owners = new Dictionary<string, string?>
        {
            ["corporations"] = server.TokenFor(CorporationBParty),
            ["municipalities"] = server.TokenFor(NijmegenDesk),
            ["regions"] = server.TokenFor(Administrator),
        };
        var failures = new List<string>();
        using var database = new DatabaseWatch(server.DatabasePath);
        foreach (var method in UnaryMethods)
        {
            foreach (var field in method.InputType.Fields.InDeclarationOrder().Where(f => f.Name is "name" or "parent" && f.FieldType == FieldType.String))
            {
                foreach (var name in NamesFor(method.InputType, field.Name))
                {
                    var message = (IMessage)Activator.CreateInstance(method.InputType.ClrType)!;
                    field.Accessor.SetValue(message, name + "\n");
                    var status = await CallAsync(server.Channel.CreateCallInvoker(), method, message.ToByteArray(), owners[name[..name.IndexOf('/', StringComparison.Ordinal)]]);
                    if (status.StatusCode != StatusCode.InvalidArgument || database.Changed())
                    {
                        failures.Add($"{method.FullName} {field.Name}={name}\\n: {status.StatusCode} {status.Detail}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static IEnumerable<string> NamesFor(MessageDescriptor request, string field) => request.Name switch
    {
        _ when field == "parent" && request.Name.Contains("Unit", StringComparison.Ordinal) => [$"corporations/{CorporationB}"],
        _ when field == "parent" && request.Name.Contains("Client", StringComparison.Ordinal) => ["municipalities/GM0268"],
        _ when field == "parent" => [$"regions/{RegionId}"],
        _ when request.Name.Contains("Proposal", StringComparison.Ordinal) || request.Name == "ConfirmSupportRequest" => [$"regions/{RegionId}/proposals/prop-1"],
        _ when request.Name.Contains("Unit", StringComparison.Ordinal) => [$"corporations/{CorporationB}/units/{UnitB}"],
        _ when request.Name.Contains("Corporation", StringComparison.Ordinal) => [$"corporations/{CorporationB}"],
        _ when request.Name.Contains("Client", StringComparison.Ordinal) => [$"municipalities/GM0268/clients/{ClientNijmegen}"],
        _ when request.Name.Contains("Municipality", StringComparison.Ordinal) => ["municipalities/GM0268"],
        _ when request.Name.Contains("CareTeam", StringComparison.Ordinal) => [$"regions/{RegionId}/careTeams/{SeedData.CareTeam}"],
        _ when request.Name.Contains("PerformanceAgreement", StringComparison.Ordinal) => [$"regions/{RegionId}/performanceAgreements/{AgreementA}"],
        _ when request.Name.Contains("Neighbourhood", StringComparison.Ordinal) => [$"regions/{RegionId}/neighbourhoods/BU02680101"],
        _ when request.Name.Contains("Load", StringComparison.Ordinal) => [$"regions/{RegionId}/load"],
        _ when request.Name.Contains("MatchRun", StringComparison.Ordinal) => [$"regions/{RegionId}/matchRuns/run-1"],
        _ when request.Name.Contains("Simulation", StringComparison.Ordinal) => [$"regions/{RegionId}/simulations/sim-1"],
        _ => [$"regions/{RegionId}"],
    };

    private async Task<List<string>> SendAsync(int cases, RequestGenerator generator, Func<MethodDescriptor, int, byte[]> body)
    {
        var tokens = Tokens();
        var invoker = server.Channel.CreateCallInvoker();
        var failures = new List<string>();
        var seen = new Dictionary<StatusCode, int>();
        using var database = new DatabaseWatch(server.DatabasePath);
        for (var i = 0; i < cases; i++)
        {
            var method = UnaryMethods[i % UnaryMethods.Count];
            var bytes = body(method, i);
            var token = generator.Pick(tokens);
            var status = await CallAsync(invoker, method, bytes, token);
            var changed = database.Changed();
            seen[status.StatusCode] = seen.GetValueOrDefault(status.StatusCode) + 1;
            if (!Allowed.Contains(status.StatusCode))
            {
                failures.Add($"#{i} {method.FullName}: {status.StatusCode} {status.Detail}");
            }
            if (changed && status.StatusCode != StatusCode.OK)
            {
                failures.Add($"#{i} {method.FullName}: refused with {status.StatusCode} but the database changed");
            }
        }
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(", ", seen.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        return failures;
    }

    private static async Task<Status> CallAsync(CallInvoker invoker, MethodDescriptor method, byte[] body, string? token)
    {
        var raw = new Method<byte[], byte[]>(MethodType.Unary, method.Service.FullName, method.Name, Raw, Raw);
        var headers = token is null ? null : new Metadata { { "Authorization", $"Bearer {token}" } };
        try
        {
            await invoker.AsyncUnaryCall(raw, null, new CallOptions(headers, cancellationToken: Ct), body);
            return Status.DefaultSuccess;
        }
        catch (RpcException e)
        {
            return e.Status;
        }
    }

    /// <summary>Every party of the seeded data, parties the data does not know, and tokens that must not pass.</summary>
    private List<string?> Tokens()
    {
        Party[] parties =
        [
            CorporationAParty, CorporationBParty, NijmegenDesk, BeuningenDesk, Board, Administrator,
            new(PartyKind.HousingCorporation, "nobody-wonen"), new(PartyKind.MunicipalDesk, "GM9999"), new(PartyKind.RegionalBoard, "regio-arnhem"),
        ];
        var otherKey = new byte[32];
        new Random(1).NextBytes(otherKey);
        return
        [
            .. parties.Select(server.TokenFor),
            .. parties.Select(server.TokenFor), // twice: most calls get past authentication
            null, "", "not-a-token", "a.b.c",
            DevelopmentTokenIssuer.Issue(otherKey, Administrator, TimeSpan.FromHours(1), TimeProvider.System),
        ];
    }
}
