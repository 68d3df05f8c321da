using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Proposals;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// Issue 11, item 11: what a corporation sees of a client, field by field, for each consent item alone, for none and
/// for all, on every call that returns a proposal to it (get, list, a move's answer). The corporation never sees the
/// client's reference; the desk sees the client itself and no shared copy.
/// </summary>
public sealed class ProposalConsentTests(ProposalServerFixture server) : IClassFixture<ProposalServerFixture>
{
    private readonly ProposalSteps _steps = new(server);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Each consent item and the SharedClient fields it opens (support also opens the proposal's own support field).
    public static TheoryData<V1.ConsentItem[], string[]> Cases => new()
    {
        { [], [] },
        { [V1.ConsentItem.HouseholdSize], ["household_size"] },
        { [V1.ConsentItem.Needs], ["needs"] },
        { [V1.ConsentItem.SupportArrangement], ["support_arranged", "support_starts_on"] },
        { [V1.ConsentItem.ReadinessDate], ["ready_from"] },
        { [V1.ConsentItem.IncomeBand], ["income_band"] },
        { [V1.ConsentItem.ContractForm], ["contract_form"] },
        {
            [
                V1.ConsentItem.HouseholdSize, V1.ConsentItem.Needs, V1.ConsentItem.SupportArrangement, V1.ConsentItem.ReadinessDate,
                V1.ConsentItem.IncomeBand, V1.ConsentItem.ContractForm,
            ],
            ["household_size", "needs", "support_arranged", "support_starts_on", "ready_from", "income_band", "contract_form"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Corporation_SeesExactlyTheConsentedFields_OnEveryCallThatReturnsTheProposal(V1.ConsentItem[] consent, string[] expected)
    {
        var pair = (await server.PairsAsync())[0];
        await SetConsentAsync(pair, consent);
        var proposed = await _steps.DriveAsync(pair, ProposalState.ProposedToCorporation);

        var got = await _steps.GetAsync(pair.Corporation, proposed);
        var listed = (await _steps.As(pair.Corporation).ListProposalsAsync(new V1.ListProposalsRequest
        {
            Parent = $"regions/{SeedData.RegionId}", PageSize = 100,
        }, cancellationToken: Ct)).Proposals.Single(p => p.Name == proposed.Name);
        var accepted = await _steps.MoveAsync(pair, proposed, ProposalAction.Accept, pair.Corporation);
        var byDesk = await _steps.GetAsync(pair.Desk, accepted);

        foreach (var seen in new[] { got, listed, accepted })
        {
            Assert.Equal(expected, PresentFields(seen.SharedClient));
            Assert.Equal("", seen.Client);
            Assert.Equal(expected.Contains("support_arranged"), seen.Support is not null);
            Assert.Equal(expected.Contains("contract_form") ? V1.ContractForm.FlipContract : V1.ContractForm.Unspecified, seen.SharedClient.ContractForm);
        }
        Assert.True(got.SharedClient.SupportArranged || !expected.Contains("support_arranged"), "support was confirmed by the steps");
        Assert.Null(byDesk.SharedClient);
        Assert.Equal(pair.Client, byDesk.Client);
        Assert.NotNull(byDesk.Support);
        await _steps.EndAsync(pair, accepted);
    }

    private async Task SetConsentAsync(MatchedPair pair, V1.ConsentItem[] consent)
    {
        // A form other than the default, so a value shown is the client's own and not the proto's default.
        var client = new V1.Client { Name = pair.Client, ContractForm = V1.ContractForm.FlipContract };
        client.Consent.AddRange(consent);
        await server.As(pair.Desk).Client.UpdateClientAsync(new V1.UpdateClientRequest
        {
            Client = client, UpdateMask = FieldMask.FromString("consent,contract_form"),
        }, cancellationToken: Ct);
    }

    // The fields of the message that are present (set), by their proto names, in declaration order.
    private static string[] PresentFields(IMessage? message) =>
        message is null
            ? []
            : [.. message.Descriptor.Fields.InDeclarationOrder()
                .Where(f => f.HasPresence ? f.Accessor.HasValue(message) : f.Accessor.GetValue(message) is not null)
                .Select(f => f.Name)];
}
