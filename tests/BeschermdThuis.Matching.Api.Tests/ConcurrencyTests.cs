using System.Globalization;
using System.Text.RegularExpressions;
using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Google.Type;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// Issue 10, "acknowledged updates are lost": parallel single-field updates of one resource, each with its own mask.
/// Every call is either acknowledged (OK), and then its field holds its value at the end unless a later acknowledged
/// call wrote the same field, or refused with ABORTED. Etags: a stale one is refused and changes nothing.
/// </summary>
public sealed partial class ConcurrencyTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private const int Rounds = 20;
    private const int CallsPerRound = 32;
    private const string ClientParent = "municipalities/GM0268";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private V1.StockService.StockServiceClient Stock => server.As(SeedData.CorporationAParty).Stock;

    private V1.ClientService.ClientServiceClient Desk => server.As(SeedData.NijmegenDesk).Client;

    // The test knows the etag's format to order the acknowledged writes; clients must treat it as opaque.
    [GeneratedRegex("^W/\"(?<version>[0-9]+)\"$")]
    private static partial Regex ETagFormat();

    /// <summary>One single-field update: the mask's path, how to set the value, and how to read it back.</summary>
    private sealed record FieldUpdate<T>(string Path, Action<T> Set, Func<T, string> Read);

    [Fact]
    public async Task UpdateUnit_32ParallelSingleFieldUpdatesFor20Rounds_NoAcknowledgedUpdateIsLost()
    {
        var created = await Stock.CreateUnitAsync(new V1.CreateUnitRequest
        {
            Parent = $"corporations/{SeedData.CorporationA}", UnitId = "unit-contended", Unit = Messages.Unit(),
        }, cancellationToken: Ct);

        await RunRoundsAsync<V1.Unit>(
            (round, call) => UnitUpdate(round, call),
            update =>
            {
                var message = new V1.Unit { Name = created.Name };
                update.Set(message);
                return Stock.UpdateUnitAsync(new V1.UpdateUnitRequest { Unit = message, UpdateMask = new FieldMask { Paths = { update.Path } } },
                    cancellationToken: Ct).ResponseAsync;
            },
            () => Stock.GetUnitAsync(new V1.GetUnitRequest { Name = created.Name }, cancellationToken: Ct).ResponseAsync,
            unit => unit.Etag);
    }

    [Fact]
    public async Task UpdateClient_32ParallelSingleFieldUpdatesFor20Rounds_NoAcknowledgedUpdateIsLost()
    {
        var created = await Desk.CreateClientAsync(
            new V1.CreateClientRequest { Parent = ClientParent, ClientId = "client-contended", Client = Messages.Client() }, cancellationToken: Ct);

        await RunRoundsAsync<V1.Client>(
            (round, call) => ClientUpdate(round, call),
            update =>
            {
                var message = new V1.Client { Name = created.Name };
                update.Set(message);
                return Desk.UpdateClientAsync(new V1.UpdateClientRequest { Client = message, UpdateMask = new FieldMask { Paths = { update.Path } } },
                    cancellationToken: Ct).ResponseAsync;
            },
            () => Desk.GetClientAsync(new V1.GetClientRequest { Name = created.Name }, cancellationToken: Ct).ResponseAsync,
            client => client.Etag);
    }

    [Fact]
    public async Task UpdateUnit_StaleEtag_IsAbortedAndChangesNothing_TheCurrentEtagWinsAndChanges()
    {
        var created = await Stock.CreateUnitAsync(new V1.CreateUnitRequest
        {
            Parent = $"corporations/{SeedData.CorporationA}", UnitId = "unit-etag", Unit = Messages.Unit(),
        }, cancellationToken: Ct);
        var first = await Stock.UpdateUnitAsync(Rooms(created, 3, created.Etag), cancellationToken: Ct);
        var before = await server.Store.Stock.GetUnitAsync(SeedData.CorporationA, "unit-etag", Ct);

        var e = await RpcAssert.FailsAsync(StatusCode.Aborted, () => Stock.UpdateUnitAsync(Rooms(created, 4, created.Etag), cancellationToken: Ct).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.Aborted, () => Stock.UpdateUnitAsync(Rooms(created, 4, "W/\"no-such-version\""), cancellationToken: Ct).ResponseAsync);

        Assert.Contains(created.Name, e.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await server.Store.Stock.GetUnitAsync(SeedData.CorporationA, "unit-etag", Ct));
        var read = await Stock.GetUnitAsync(new V1.GetUnitRequest { Name = created.Name }, cancellationToken: Ct);
        Assert.Equal(first.Etag, read.Etag);
        var second = await Stock.UpdateUnitAsync(Rooms(created, 5, read.Etag), cancellationToken: Ct);
        Assert.Equal(5, second.Rooms);
        Assert.NotEqual(read.Etag, second.Etag);
        Assert.NotEqual(created.Etag, first.Etag);
        var listed = await Stock.ListUnitsAsync(new V1.ListUnitsRequest { Parent = $"corporations/{SeedData.CorporationA}", PageSize = 1000 }, cancellationToken: Ct);
        Assert.Equal(second.Etag, listed.Units.Single(u => u.Name == created.Name).Etag);
    }

    [Fact]
    public async Task UpdateClient_StaleEtag_IsAbortedAndChangesNothing_TheCurrentEtagWins()
    {
        var created = await Desk.CreateClientAsync(
            new V1.CreateClientRequest { Parent = ClientParent, ClientId = "client-etag", Client = Messages.Client() }, cancellationToken: Ct);
        var first = await Desk.UpdateClientAsync(HouseholdSize(created.Name, 2, created.Etag), cancellationToken: Ct);

        await RpcAssert.FailsAsync(StatusCode.Aborted, () => Desk.UpdateClientAsync(HouseholdSize(created.Name, 3, created.Etag), cancellationToken: Ct).ResponseAsync);

        var read = await Desk.GetClientAsync(new V1.GetClientRequest { Name = created.Name }, cancellationToken: Ct);
        Assert.Equal(first, read);
        Assert.Equal(2, read.HouseholdSize);
        var second = await Desk.UpdateClientAsync(HouseholdSize(created.Name, 3, read.Etag), cancellationToken: Ct);
        Assert.Equal(3, second.HouseholdSize);
        Assert.NotEqual(read.Etag, second.Etag);
    }

    [Fact]
    public async Task ReferenceData_StaleEtag_IsAborted_CurrentEtagIsAccepted()
    {
        var admin = server.As(SeedData.Administrator).Region;
        var teamName = $"regions/{SeedData.RegionId}/careTeams/{SeedData.CareTeam}";
        var team = await admin.GetCareTeamAsync(new V1.GetCareTeamRequest { Name = teamName }, cancellationToken: Ct);
        var neighbourhoodName = $"regions/{SeedData.RegionId}/neighbourhoods/{SeedData.Stadscentrum.Value}";
        var neighbourhood = await admin.GetNeighbourhoodAsync(new V1.GetNeighbourhoodRequest { Name = neighbourhoodName }, cancellationToken: Ct);
        var agreementName = $"regions/{SeedData.RegionId}/performanceAgreements/{SeedData.AgreementA}";
        var agreement = await admin.GetPerformanceAgreementAsync(new V1.GetPerformanceAgreementRequest { Name = agreementName }, cancellationToken: Ct);

        V1.UpdateCareTeamRequest TeamUpdate(int caseload, string etag) => new()
        {
            CareTeam = new V1.CareTeam { Name = teamName, CurrentCaseload = caseload, Etag = etag },
            UpdateMask = new FieldMask { Paths = { "current_caseload" } },
        };
        V1.UpdateNeighbourhoodRequest NeighbourhoodUpdate(int homes, string etag) => new()
        {
            Neighbourhood = new V1.Neighbourhood { Name = neighbourhoodName, ExistingProtectedHomes = homes, Etag = etag },
            UpdateMask = new FieldMask { Paths = { "existing_protected_homes" } },
        };
        V1.UpdatePerformanceAgreementRequest AgreementUpdate(int target, string etag) => new()
        {
            PerformanceAgreement = new V1.PerformanceAgreement { Name = agreementName, TargetUnits = target, Etag = etag },
            UpdateMask = new FieldMask { Paths = { "target_units" } },
        };

        var teamUpdated = await admin.UpdateCareTeamAsync(TeamUpdate(7, team.Etag), cancellationToken: Ct);
        var neighbourhoodUpdated = await admin.UpdateNeighbourhoodAsync(NeighbourhoodUpdate(3, neighbourhood.Etag), cancellationToken: Ct);
        var agreementUpdated = await admin.UpdatePerformanceAgreementAsync(AgreementUpdate(11, agreement.Etag), cancellationToken: Ct);
        await RpcAssert.FailsAsync(StatusCode.Aborted, () => admin.UpdateCareTeamAsync(TeamUpdate(8, team.Etag), cancellationToken: Ct).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.Aborted, () => admin.UpdateNeighbourhoodAsync(NeighbourhoodUpdate(4, neighbourhood.Etag), cancellationToken: Ct).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.Aborted, () => admin.UpdatePerformanceAgreementAsync(AgreementUpdate(12, agreement.Etag), cancellationToken: Ct).ResponseAsync);

        Assert.Equal(7, (await server.Store.CareTeams.GetCareTeamAsync(SeedData.RegionId, SeedData.CareTeam, Ct))!.CurrentCaseload);
        Assert.Equal(3, (await server.Store.Regions.GetNeighbourhoodAsync(SeedData.RegionId, SeedData.Stadscentrum, Ct))!.ExistingProtectedHomes);
        Assert.Equal(11, (await server.Store.Agreements.GetAgreementAsync(SeedData.RegionId, SeedData.AgreementA, Ct))!.TargetUnits);
        Assert.All(new[] { (team.Etag, teamUpdated.Etag), (neighbourhood.Etag, neighbourhoodUpdated.Etag), (agreement.Etag, agreementUpdated.Etag) },
            pair => Assert.NotEqual(pair.Item1, pair.Item2));
        Assert.All(new[] { team.Etag, neighbourhood.Etag, agreement.Etag }, etag => Assert.NotEmpty(etag));
    }

    /// <summary>
    /// Runs <see cref="Rounds"/> rounds of <see cref="CallsPerRound"/> parallel calls. After each round, every field
    /// written by an acknowledged call holds the value of the acknowledged call for that field that wrote last (the
    /// highest etag), and every other call was refused with ABORTED.
    /// </summary>
    private static async Task RunRoundsAsync<T>(
        Func<int, int, FieldUpdate<T>> updateFor, Func<FieldUpdate<T>, Task<T>> send, Func<Task<T>> read, Func<T, string> etagOf)
        where T : class, new()
    {
        var acknowledged = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var updates = Enumerable.Range(0, CallsPerRound).Select(call => updateFor(round, call)).ToList();
            var outcomes = await Task.WhenAll(updates.Select(async update =>
            {
                try
                {
                    return (Update: update, Reply: await send(update));
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.Aborted)
                {
                    return (Update: update, Reply: default(T));
                }
            }));
            var stored = await read();
            var ok = outcomes.Where(o => o.Reply is not null).Select(o => (o.Update, Version: VersionOf(etagOf(o.Reply!)))).ToList();
            Assert.Equal(ok.Count, ok.Select(o => o.Version).Distinct().Count());
            foreach (var field in ok.GroupBy(o => o.Update.Path))
            {
                var last = field.MaxBy(o => o.Version).Update;
                Assert.Equal(ExpectedValue(last), last.Read(stored));
            }
            acknowledged += ok.Count;
        }
        Assert.True(acknowledged >= Rounds, $"only {acknowledged} of {Rounds * CallsPerRound} updates were acknowledged");
    }

    private static string ExpectedValue<T>(FieldUpdate<T> update)
        where T : new()
    {
        var message = new T();
        update.Set(message);
        return update.Read(message);
    }

    private static long VersionOf(string etag)
    {
        var match = ETagFormat().Match(etag);
        Assert.True(match.Success, $"etag {etag}");
        return long.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture);
    }

    // Four fields, eight calls each; every value differs from the values of the round before, so a lost update shows.
    private static FieldUpdate<V1.Unit> UnitUpdate(int round, int call)
    {
        var k = (round * 8) + (call / 4);
        return (call % 4) switch
        {
            0 => new("net_rent_cents", u => u.NetRentCents = 40_000 + k, u => u.NetRentCents.ToString(CultureInfo.InvariantCulture)),
            1 => new("service_costs_cents", u => u.ServiceCostsCents = 1_000 + k, u => u.ServiceCostsCents.ToString(CultureInfo.InvariantCulture)),
            2 => new("floor", u => u.Floor = 10 + (round % 2 * 8) + (call / 4), u => u.Floor.ToString(CultureInfo.InvariantCulture)),
            _ => new("available_from", u => u.AvailableFrom = DateAfter(2026, k), u => u.AvailableFrom?.ToString() ?? ""),
        };
    }

    private static FieldUpdate<V1.Client> ClientUpdate(int round, int call)
    {
        var k = (round * 16) + (call / 2);
        return (call % 4) switch
        {
            0 => new("readiness_date", c => c.ReadinessDate = DateAfter(2024, k), c => c.ReadinessDate?.ToString() ?? ""),
            1 => new("recovery", c => c.Recovery = Recovery(100 + k), c => c.Recovery?.ToString() ?? ""),
            2 => new("household_size", c => c.HouseholdSize = 2 + (round % 2 * 5) + (call / 8), c => c.HouseholdSize.ToString(CultureInfo.InvariantCulture)),
            _ => new("needs", c => c.Needs = new V1.Needs { MinimumRooms = 2 + (round % 2 * 6) + (call / 8) }, c => c.Needs?.ToString() ?? ""),
        };
    }

    private static V1.RecoveryConstraints Recovery(int maxPeers)
    {
        var recovery = Messages.Client().Recovery;
        recovery.MaxPeersInNeighbourhood = maxPeers;
        return recovery;
    }

    private static Date DateAfter(int year, int days)
    {
        var date = new DateOnly(year, 1, 1).AddDays(days);
        return new Date { Year = date.Year, Month = date.Month, Day = date.Day };
    }

    private static V1.UpdateUnitRequest Rooms(V1.Unit unit, int rooms, string etag) => new()
    {
        Unit = new V1.Unit { Name = unit.Name, Rooms = rooms, Etag = etag },
        UpdateMask = new FieldMask { Paths = { "rooms" } },
    };

    private static V1.UpdateClientRequest HouseholdSize(string name, int size, string etag) => new()
    {
        Client = new V1.Client { Name = name, HouseholdSize = size, Etag = etag },
        UpdateMask = new FieldMask { Paths = { "household_size" } },
    };
}
