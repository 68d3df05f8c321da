using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Parties;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// A party asking for another party's resource learns nothing about whether it exists: get, update and delete answer
/// NOT_FOUND with the same message as for a name that does not exist (issue 10: GetPerformanceAgreement answered
/// PERMISSION_DENIED when the agreement existed and NOT_FOUND when it did not). Nothing stored changes.
/// </summary>
public sealed class ExistenceOracleTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private const string Missing = "no-such-id";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, Party> Parties = new()
    {
        ["corporation-a"] = CorporationAParty,
        ["desk-beuningen"] = BeuningenDesk,
        ["desk-nijmegen"] = NijmegenDesk,
        ["board"] = Board,
        ["other-board"] = new(PartyKind.RegionalBoard, "regio-arnhem"),
        ["administrator"] = Administrator,
    };

    /// <summary>(resource, operation, party): every party that does not own the resource, on every call that names it.</summary>
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var operation in new[] { "get", "update", "delete" })
        {
            foreach (var party in new[] { "corporation-a", "desk-nijmegen", "board", "administrator" })
            {
                data.Add("unit-of-b", operation, party);
            }
            foreach (var party in new[] { "corporation-a", "desk-beuningen", "board", "administrator" })
            {
                data.Add("client-of-nijmegen", operation, party);
            }
        }
        foreach (var party in new[] { "corporation-a", "desk-nijmegen", "other-board" })
        {
            data.Add("agreement-of-b", "get", party);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AnotherPartysResource_IsAnsweredExactlyAsAMissingOne(string resource, string operation, string partyName)
    {
        var party = Parties[partyName];
        var (existing, missing) = resource switch
        {
            "unit-of-b" => (UnitB, Missing),
            "client-of-nijmegen" => (ClientNijmegen, Missing),
            _ => (AgreementB, Missing),
        };
        var before = await StoredState.SnapshotAsync(server.Store);

        var forExisting = await RpcAssert.FailsAsync(StatusCode.NotFound, () => Call(party, resource, operation, existing));
        var forMissing = await RpcAssert.FailsAsync(StatusCode.NotFound, () => Call(party, resource, operation, missing));

        Assert.Equal(forMissing.Status.Detail.Replace(missing, existing, StringComparison.Ordinal), forExisting.Status.Detail);
        Assert.Equal(before, await StoredState.SnapshotAsync(server.Store));
    }

    private Task Call(Party party, string resource, string operation, string id)
    {
        var c = server.As(party);
        return (resource, operation) switch
        {
            ("unit-of-b", "get") => c.Stock.GetUnitAsync(new V1.GetUnitRequest { Name = UnitName(id) }, cancellationToken: Ct).ResponseAsync,
            ("unit-of-b", "update") => c.Stock.UpdateUnitAsync(new V1.UpdateUnitRequest
            {
                Unit = new V1.Unit { Name = UnitName(id), Rooms = 3 },
                UpdateMask = new FieldMask { Paths = { "rooms" } },
            }, cancellationToken: Ct).ResponseAsync,
            ("unit-of-b", _) => c.Stock.DeleteUnitAsync(new V1.DeleteUnitRequest { Name = UnitName(id) }, cancellationToken: Ct).ResponseAsync,
            ("client-of-nijmegen", "get") => c.Client.GetClientAsync(new V1.GetClientRequest { Name = ClientName(id) }, cancellationToken: Ct).ResponseAsync,
            ("client-of-nijmegen", "update") => c.Client.UpdateClientAsync(new V1.UpdateClientRequest
            {
                Client = new V1.Client { Name = ClientName(id), HouseholdSize = 2 },
                UpdateMask = new FieldMask { Paths = { "household_size" } },
            }, cancellationToken: Ct).ResponseAsync,
            ("client-of-nijmegen", _) => c.Client.DeleteClientAsync(new V1.DeleteClientRequest { Name = ClientName(id) }, cancellationToken: Ct).ResponseAsync,
            _ => c.Region.GetPerformanceAgreementAsync(
                new V1.GetPerformanceAgreementRequest { Name = $"regions/{RegionId}/performanceAgreements/{id}" }, cancellationToken: Ct).ResponseAsync,
        };
    }

    private static string UnitName(string id) => $"corporations/{CorporationB}/units/{id}";

    private static string ClientName(string id) => $"municipalities/GM0268/clients/{id}";
}
