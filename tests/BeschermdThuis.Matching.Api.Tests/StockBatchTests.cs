using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>The unit batch calls (AIP-233/234/235): all or nothing, and every wrong item named by its index and field.</summary>
public sealed class StockBatchTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private const string Parent = $"corporations/{SeedData.CorporationA}";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private V1.StockService.StockServiceClient Stock => server.As(SeedData.CorporationAParty).Stock;

    private static V1.BatchCreateUnitsRequest Creates(string prefix, int count)
    {
        var request = new V1.BatchCreateUnitsRequest { Parent = Parent };
        request.Requests.AddRange(Enumerable.Range(0, count).Select(i => new V1.CreateUnitRequest { UnitId = $"{prefix}-{i}", Unit = Messages.Unit() }));
        return request;
    }

    private async Task<int> StoredAsync(string prefix)
    {
        var count = 0;
        string? after = null;
        do
        {
            var page = await server.Store.Stock.ListUnitsAsync(SeedData.CorporationA, new Domain.Repositories.PageRequest(1000, after), Ct);
            count += page.Items.Count(u => u.Value.Id.StartsWith(prefix + "-", StringComparison.Ordinal));
            after = page.NextAfter;
        }
        while (after is not null);
        return count;
    }

    [Fact]
    public async Task BatchCreateUnits_StoresEveryUnit_InRequestOrder()
    {
        var created = await Stock.BatchCreateUnitsAsync(Creates("bc-ok", 3), cancellationToken: Ct);

        Assert.Equal([$"{Parent}/units/bc-ok-0", $"{Parent}/units/bc-ok-1", $"{Parent}/units/bc-ok-2"], created.Units.Select(u => u.Name));
        Assert.All(created.Units, u => Assert.Equal($"regions/{SeedData.RegionId}/neighbourhoods/BU02680101", u.Neighbourhood));
        Assert.Equal(3, await StoredAsync("bc-ok"));
        var read = await Stock.GetUnitAsync(new V1.GetUnitRequest { Name = created.Units[1].Name }, cancellationToken: Ct);
        Assert.Equal(created.Units[1], read);
    }

    [Fact]
    public async Task BatchCreateUnits_BadRows_StoreNothing_AndNameEachRowAndField()
    {
        var request = Creates("bc-bad", 6);
        request.Requests[3].Unit.NetRentCents = 0;
        request.Requests[5].Unit.Location = Messages.AmsterdamDam;

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => Stock.BatchCreateUnitsAsync(request, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(["requests[3].unit.net_rent_cents", "requests[5].unit.location"], RpcAssert.ViolatedFields(e));
        Assert.Equal(0, await StoredAsync("bc-bad"));
    }

    [Fact]
    public async Task BatchCreateUnits_DuplicateIdInBatch_OrIdTaken_StoresNothing()
    {
        var duplicate = Creates("bc-dup", 3);
        duplicate.Requests[2].UnitId = "bc-dup-0";
        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => Stock.BatchCreateUnitsAsync(duplicate, cancellationToken: Ct).ResponseAsync);
        Assert.Equal(["requests[2].unit_id"], RpcAssert.ViolatedFields(e));

        var taken = Creates("bc-taken", 3);
        taken.Requests[1].UnitId = SeedData.UnitB;
        var exists = await RpcAssert.FailsAsync(StatusCode.AlreadyExists, () => Stock.BatchCreateUnitsAsync(taken, cancellationToken: Ct).ResponseAsync);
        Assert.Contains(SeedData.UnitB, exists.Status.Detail, StringComparison.Ordinal);

        Assert.Equal(0, await StoredAsync("bc-dup"));
        Assert.Equal(0, await StoredAsync("bc-taken"));
    }

    [Fact]
    public async Task BatchCreateUnits_OverTheMaximum_OrEmpty_OrAnotherParent_IsRefused()
    {
        var tooMany = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => Stock.BatchCreateUnitsAsync(Creates("bc-max", 1001), cancellationToken: Ct).ResponseAsync);
        Assert.Equal(["requests"], RpcAssert.ViolatedFields(tooMany));
        Assert.Contains("1,000", tooMany.Status.Detail, StringComparison.Ordinal);
        var empty = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => Stock.BatchCreateUnitsAsync(Creates("bc-empty", 0), cancellationToken: Ct).ResponseAsync);
        Assert.Equal(["requests"], RpcAssert.ViolatedFields(empty));

        var mixed = Creates("bc-mixed", 2);
        mixed.Requests[1].Parent = $"corporations/{SeedData.CorporationB}";
        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => Stock.BatchCreateUnitsAsync(mixed, cancellationToken: Ct).ResponseAsync);
        Assert.Equal(["requests[1].parent"], RpcAssert.ViolatedFields(e));

        var other = Creates("bc-other", 1);
        other.Parent = $"corporations/{SeedData.CorporationB}";
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Stock.BatchCreateUnitsAsync(other, cancellationToken: Ct).ResponseAsync);
        Assert.Equal(0, await StoredAsync("bc-max") + await StoredAsync("bc-mixed"));
    }

    [Fact]
    public async Task BatchCreateUnits_AThousandUnits_AreStored()
    {
        var created = await Stock.BatchCreateUnitsAsync(Creates("bc-1000", 1000), cancellationToken: Ct);

        Assert.Equal(1000, created.Units.Count);
        Assert.Equal(1000, await StoredAsync("bc-1000"));
    }

    [Fact]
    public async Task BatchUpdateUnits_BadRow_StoresNothing_AndNamesRowAndField()
    {
        var created = await Stock.BatchCreateUnitsAsync(Creates("bu-bad", 3), cancellationToken: Ct);
        var request = new V1.BatchUpdateUnitsRequest { Parent = Parent };
        request.Requests.AddRange(created.Units.Select(u => new V1.UpdateUnitRequest
        {
            Unit = new V1.Unit { Name = u.Name, Rooms = 3, NetRentCents = 70_000 },
            UpdateMask = new FieldMask { Paths = { "rooms", "net_rent_cents" } },
        }));
        request.Requests[1].Unit.Rooms = 0;
        request.Requests[2].Unit.NetRentCents = -5;

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => Stock.BatchUpdateUnitsAsync(request, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(["requests[1].unit.rooms", "requests[2].unit.net_rent_cents"], RpcAssert.ViolatedFields(e));
        // The shape of the items (names, masks) is checked before any unit is read.
        request.Requests[1].UpdateMask.Paths.Add("neighbourhood");
        var mask = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => Stock.BatchUpdateUnitsAsync(request, cancellationToken: Ct).ResponseAsync);
        Assert.Equal(["requests[1].update_mask"], RpcAssert.ViolatedFields(mask));
        var stored = await server.Store.Stock.GetUnitAsync(SeedData.CorporationA, "bu-bad-0", Ct);
        Assert.Equal(2, stored!.Rooms);
    }

    [Fact]
    public async Task BatchUpdateUnits_WritesEveryUnit_AndAStaleEtagAbortsTheWholeBatch()
    {
        var created = await Stock.BatchCreateUnitsAsync(Creates("bu-etag", 2), cancellationToken: Ct);
        V1.BatchUpdateUnitsRequest Update(long rent, string etag0)
        {
            var request = new V1.BatchUpdateUnitsRequest { Parent = Parent };
            request.Requests.AddRange(created.Units.Select((u, i) => new V1.UpdateUnitRequest
            {
                Unit = new V1.Unit { Name = u.Name, NetRentCents = rent, Etag = i == 0 ? etag0 : "" },
                UpdateMask = new FieldMask { Paths = { "net_rent_cents" } },
            }));
            return request;
        }

        var updated = await Stock.BatchUpdateUnitsAsync(Update(71_250, created.Units[0].Etag), cancellationToken: Ct);
        Assert.All(updated.Units, u => Assert.Equal(71_250, u.NetRentCents));
        Assert.NotEqual(created.Units[0].Etag, updated.Units[0].Etag);

        var e = await RpcAssert.FailsAsync(StatusCode.Aborted, () => Stock.BatchUpdateUnitsAsync(Update(80_000, created.Units[0].Etag), cancellationToken: Ct).ResponseAsync);
        Assert.Contains("bu-etag-0", e.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(71_250, (await server.Store.Stock.GetUnitAsync(SeedData.CorporationA, "bu-etag-1", Ct))!.Rent.NetRent.Value);
    }

    [Fact]
    public async Task BatchDeleteUnits_DeletesAll_AndAMalformedOrForeignNameDeletesNothing()
    {
        var created = await Stock.BatchCreateUnitsAsync(Creates("bd", 3), cancellationToken: Ct);
        var bad = new V1.BatchDeleteUnitsRequest { Parent = Parent, Names = { created.Units[0].Name, "corporations/alpha-wonen/units/BAD", $"corporations/{SeedData.CorporationB}/units/{SeedData.UnitB}" } };

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => Stock.BatchDeleteUnitsAsync(bad, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(["names[1]", "names[2]"], RpcAssert.ViolatedFields(e));
        Assert.Equal(3, await StoredAsync("bd"));
        await Stock.BatchDeleteUnitsAsync(new V1.BatchDeleteUnitsRequest { Parent = Parent, Names = { created.Units.Select(u => u.Name) } }, cancellationToken: Ct);
        Assert.Equal(0, await StoredAsync("bd"));
    }

    [Fact]
    public async Task BatchDeleteUnits_AReservedUnit_RefusesTheBatch_NamingIt()
    {
        var corporationB = server.As(SeedData.CorporationBParty).Stock;
        var request = new V1.BatchDeleteUnitsRequest
        {
            Parent = $"corporations/{SeedData.CorporationB}",
            Names = { $"corporations/{SeedData.CorporationB}/units/{SeedData.UnitB}", $"corporations/{SeedData.CorporationB}/units/{SeedData.UnitBReserved}" },
        };

        var e = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => corporationB.BatchDeleteUnitsAsync(request, cancellationToken: Ct).ResponseAsync);

        var failure = e.GetRpcStatus()!.GetDetail<PreconditionFailure>();
        Assert.Equal(["names[1]"], failure.Violations.Select(v => v.Subject));
        Assert.Contains(SeedData.UnitBReserved, failure.Violations[0].Description, StringComparison.Ordinal);
        Assert.NotNull(await server.Store.Stock.GetUnitAsync(SeedData.CorporationB, SeedData.UnitB, Ct));
    }
}
