using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Proposals;

namespace BeschermdThuis.Matching.Storage.Tests.Support;

/// <summary>Proposals and audit entries for the storage tests, with fixed ids so that their order is known.</summary>
public static class ProposalData
{
    public static readonly DateTimeOffset Morning = new(2026, 11, 25, 9, 15, 30, TimeSpan.FromHours(1));

    public static string Id(int n) => $"prop-20261125-081530000-{n:x8}";

    public static Proposal Draft(int n, string client = "desk-0001", string unit = "unit-1", string regionId = TestData.RegionId,
        ProposalState state = ProposalState.Draft) =>
        new(Id(n), regionId, "run-20261125-081500000-0000abcd", TestData.Nijmegen, new ClientReference(client), "talis", unit,
            new NeighbourhoodCode("BU02680101"), state, Morning.AddMinutes(n), Morning.AddMinutes(n), null, null, null, null);

    /// <summary>A proposal with every optional field set, every instant with ticks that a rounding would lose.</summary>
    public static Proposal Full(int n, ProposalState state = ProposalState.DeclinedByCorporation) =>
        Draft(n) with
        {
            State = state,
            UpdatedAt = Morning.AddDays(3).AddTicks(1_234_567),
            RespondBy = Morning.AddDays(10).AddTicks(7),
            Support = new SupportConfirmation("fact-centrum", new DateOnly(2027, 1, 4), Morning.AddDays(2).AddTicks(99)),
            MoveDate = new DateOnly(2027, 1, 15),
            Decision = new Decision(DeclineSide.Corporation, new DeclineReason("support-not-arranged", "Begeleiding niet rond — nog géén team"),
                "De buurt heeft al veel nieuwe bewoners.\nTweede regel.", Morning.AddDays(3).AddTicks(1_234_567)),
        };

    public static AuditEntry Audit(Proposal proposal, string action = "Create", string? oldState = null, string? reason = null) =>
        new(0, proposal.RegionId, proposal.UpdatedAt, "MunicipalDesk:GM0268", AuditSubjectKind.Proposal, proposal.Id, action, oldState,
            proposal.State.ToString(), reason, "pseudo-" + proposal.Client.Value, proposal.CorporationId, proposal.UnitId);
}
