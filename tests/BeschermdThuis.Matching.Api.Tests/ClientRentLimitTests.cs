using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// Issue 12, item 7: ClientService.GetClientRentLimit, the rent limit of a client in any configured year, for the
/// client's desk only; a figure that is not configured is FAILED_PRECONDITION naming it (the 2026 aftoppingsgrenzen are
/// not in config/affordability.json until confirmed from the notice of 25 November 2025).
/// </summary>
public sealed class ClientRentLimitTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private V1.ClientService.ClientServiceClient Desk => server.As(NijmegenDesk).Client;

    private async Task<string> CreateAsync(string id, V1.IncomeBand band = V1.IncomeBand.WithinPassendToewijzen, int household = 1)
    {
        var client = Messages.Client();
        client.IncomeBand = band;
        client.HouseholdSize = household;
        var created = await Desk.CreateClientAsync(
            new V1.CreateClientRequest { Parent = "municipalities/GM0268", ClientId = id, Client = client }, cancellationToken: Ct);
        return created.Name;
    }

    private Task<V1.ClientRentLimit> RentLimitAsync(string name, int year, V1.ClientService.ClientServiceClient? caller = null) =>
        (caller ?? Desk).GetClientRentLimitAsync(new V1.GetClientRentLimitRequest { Name = name, Year = year }, cancellationToken: Ct).ResponseAsync;

    [Fact]
    public async Task Desk_Reads2025_TheLowerAftoppingsgrens()
    {
        var name = await CreateAsync("rent-limit-2025");

        var limit = await RentLimitAsync(name, 2025);

        Assert.Equal(name, limit.Client);
        Assert.Equal((2025, V1.RentLimitBasis.AftoppingsgrensLower, 68_296L), (limit.Year, limit.Basis, limit.MaxRentCents));
        Assert.Equal((V1.IncomeBand.WithinPassendToewijzen, 1), (limit.IncomeBand, limit.HouseholdSize));
        Assert.Equal(2_837_500, limit.PassendToewijzenIncomeLimitCents);
        Assert.False(limit.HasPassendToewijzenIncomeLimitPensionerCents);
        Assert.False(limit.HasDaebIncomeLimitCents);
        Assert.Contains("Rijksoverheid", limit.Source);
    }

    [Fact]
    public async Task Desk_Reads2026_ForADaebHousehold_TheLiberalisatiegrensAndTheMultiPersonIncomeLimits()
    {
        var name = await CreateAsync("rent-limit-2026-daeb", V1.IncomeBand.WithinDaeb, household: 3);

        var limit = await RentLimitAsync(name, 2026);

        Assert.Equal((V1.RentLimitBasis.Liberalisatiegrens, 93_293L), (limit.Basis, limit.MaxRentCents));
        Assert.Equal(
            (3_992_500L, 3_865_000L, 5_691_000L),
            (limit.PassendToewijzenIncomeLimitCents, limit.PassendToewijzenIncomeLimitPensionerCents, limit.DaebIncomeLimitCents));
        Assert.Contains("25 November 2025", limit.Source);
    }

    [Fact]
    public async Task AboveDaeb_HasNoMaxRent()
    {
        var name = await CreateAsync("rent-limit-above", V1.IncomeBand.AboveDaeb);

        var limit = await RentLimitAsync(name, 2026);

        Assert.Equal(V1.RentLimitBasis.NoSocialRent, limit.Basis);
        Assert.False(limit.HasMaxRentCents);
    }

    [Theory]
    [InlineData(1, "affordability 2026: aftoppingsgrens (lower, households of 1-2 persons; rentCapSmallHousehold) is not configured in config/affordability.json")]
    [InlineData(4, "affordability 2026: aftoppingsgrens (higher, households of 3 or more persons; rentCapLargeHousehold) is not configured in config/affordability.json")]
    public async Task Year2026_WithinPassendToewijzen_IsAFailedPreconditionNamingTheMissingFigure(int household, string expected)
    {
        var name = await CreateAsync($"rent-limit-2026-{household}", household: household);

        var e = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => RentLimitAsync(name, 2026));

        Assert.StartsWith(expected, e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AYearNotConfigured_IsAFailedPreconditionNamingTheYear_AndAYearOutOfRangeIsInvalid()
    {
        var name = await CreateAsync("rent-limit-years");

        var missing = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => RentLimitAsync(name, 2031));
        var invalid = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => RentLimitAsync(name, 1999));
        var unset = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => RentLimitAsync(name, 0));

        Assert.Equal("affordability 2031: no rent limits are configured for 2031 in config/affordability.json", missing.Status.Detail);
        Assert.Equal(["year"], RpcAssert.ViolatedFields(invalid));
        Assert.Equal(["year"], RpcAssert.ViolatedFields(unset));
    }

    [Fact]
    public async Task AnyoneButTheClientsDesk_GetsNotFound_AsForAClientThatDoesNotExist()
    {
        var name = await CreateAsync("rent-limit-others");

        foreach (var party in new[] { BeuningenDesk, CorporationAParty, Board, Administrator })
        {
            await RpcAssert.FailsAsync(StatusCode.NotFound, () => RentLimitAsync(name, 2025, server.As(party).Client));
        }
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => RentLimitAsync("municipalities/GM0268/clients/no-such-client", 2025));
        await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => RentLimitAsync("clients/rent-limit-others", 2025));
    }

    [Fact]
    public async Task TheLimit_FollowsTheClientsHouseholdAsStored()
    {
        var name = await CreateAsync("rent-limit-grows");
        await Desk.UpdateClientAsync(new V1.UpdateClientRequest
        {
            Client = new V1.Client { Name = name, HouseholdSize = 3 }, UpdateMask = FieldMask.FromString("household_size"),
        }, cancellationToken: Ct);

        var limit = await RentLimitAsync(name, 2025);

        Assert.Equal((V1.RentLimitBasis.AftoppingsgrensHigher, 73_193L), (limit.Basis, limit.MaxRentCents));
    }
}
