using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using Google.Protobuf;
using Grpc.Core;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// A body that is not a valid protobuf message of the call's request type is the caller's mistake: INVALID_ARGUMENT
/// with a message that says so (it answered UNKNOWN "Exception was thrown by handler.").
/// </summary>
public sealed class MalformedBodyTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private static readonly Marshaller<byte[]> Raw = Marshallers.Create(b => b, b => b);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Bodies => new(
        "ff ff ff ff ff",          // an invalid tag
        "0a 10 61",                // a string field that claims 16 bytes and has 1
        "0a 02 c3 28",             // a string field that is not UTF-8
        "08 ff ff ff ff ff ff ff ff ff ff 01", // a varint longer than 10 bytes
        "0f");                     // wire type 7 does not exist

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task GetUnit_WithABodyThatIsNotProtobuf_AnswersInvalidArgument(string hex)
    {
        var body = Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));
        var method = new Method<byte[], byte[]>(MethodType.Unary, "beschermdthuis.matching.v1.StockService", "GetUnit", Raw, Raw);
        var headers = new Metadata { { "Authorization", $"Bearer {server.TokenFor(CorporationAParty)}" } };

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () =>
            server.Channel.CreateCallInvoker().AsyncUnaryCall(method, null, new CallOptions(headers, cancellationToken: Ct), body).ResponseAsync);

        Assert.StartsWith("the request body of /beschermdthuis.matching.v1.StockService/GetUnit is not a valid protobuf GetUnitRequest message", e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWellFormedBody_StillReachesTheService()
    {
        var method = new Method<byte[], byte[]>(MethodType.Unary, "beschermdthuis.matching.v1.StockService", "GetUnit", Raw, Raw);
        var headers = new Metadata { { "Authorization", $"Bearer {server.TokenFor(CorporationBParty)}" } };
        var body = new V1.GetUnitRequest { Name = $"corporations/{CorporationB}/units/{UnitB}" }.ToByteArray();

        var answer = await server.Channel.CreateCallInvoker().AsyncUnaryCall(method, null, new CallOptions(headers, cancellationToken: Ct), body);

        Assert.Equal(UnitBNetRentCents, V1.Unit.Parser.ParseFrom(answer).NetRentCents);
    }

    [Fact]
    public async Task UpdatePerformanceAgreement_WithPriorityGroupIntMin_AnswersInvalidArgumentOnThatField()
    {
        var agreement = Messages.Agreement();
        agreement.Name = $"regions/{RegionId}/performanceAgreements/{AgreementA}";
        agreement.PriorityGroup = (V1.PriorityGroup)int.MinValue;
        var before = await StoredState.SnapshotAsync(server.Store);

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => server.As(Board).Region.UpdatePerformanceAgreementAsync(new V1.UpdatePerformanceAgreementRequest
        {
            PerformanceAgreement = agreement,
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "priority_group" } },
        }, cancellationToken: Ct).ResponseAsync);

        Assert.Contains(RpcAssert.ViolatedFields(e), f => f.EndsWith("priority_group", StringComparison.Ordinal));
        Assert.Equal(before, await StoredState.SnapshotAsync(server.Store));
    }

    [Fact]
    public async Task CreatePerformanceAgreement_WithPriorityGroupIntMin_AnswersInvalidArgument_AndStoresNothing()
    {
        var agreement = Messages.Agreement();
        agreement.PriorityGroup = (V1.PriorityGroup)int.MinValue;

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => server.As(Board).Region.CreatePerformanceAgreementAsync(
            new V1.CreatePerformanceAgreementRequest { Parent = $"regions/{RegionId}", PerformanceAgreementId = "agr-int-min", PerformanceAgreement = agreement },
            cancellationToken: Ct).ResponseAsync);

        Assert.Contains(RpcAssert.ViolatedFields(e), f => f.EndsWith("priority_group", StringComparison.Ordinal));
        Assert.Null(await server.Store.Agreements.GetAgreementAsync(RegionId, "agr-int-min", Ct));
    }
}
