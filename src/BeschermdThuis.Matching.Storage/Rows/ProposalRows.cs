using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Storage.Mapping;

namespace BeschermdThuis.Matching.Storage.Rows;

/// <summary>A row of <c>proposals</c>: the support and the decision are flattened into nullable columns.</summary>
internal sealed class ProposalRow
{
    public string RegionId { get; set; } = "";

    public string ProposalId { get; set; } = "";

    public string RunId { get; set; } = "";

    public string MunicipalityCode { get; set; } = "";

    public string ClientRef { get; set; } = "";

    public string CorporationId { get; set; } = "";

    public string UnitId { get; set; } = "";

    public string NeighbourhoodCode { get; set; } = "";

    public int State { get; set; }

    public string CreatedAt { get; set; } = "";

    public string UpdatedAt { get; set; } = "";

    public string? RespondBy { get; set; }

    public string? SupportCareTeamId { get; set; }

    public string? SupportStartsOn { get; set; }

    public string? SupportConfirmedAt { get; set; }

    public string? MoveDate { get; set; }

    public int? DecisionSide { get; set; }

    public string? DecisionReasonCode { get; set; }

    public string? DecisionReasonLabel { get; set; }

    public string? DecisionText { get; set; }

    public string? DecisionAt { get; set; }

    /// <summary>Read only: raised by every update, never written from the domain.</summary>
    public long Version { get; set; }

    public static ProposalRow From(Proposal proposal) => new()
    {
        RegionId = proposal.RegionId,
        ProposalId = proposal.Id,
        RunId = proposal.RunId,
        MunicipalityCode = proposal.Municipality.Value,
        ClientRef = proposal.Client.Value,
        CorporationId = proposal.CorporationId,
        UnitId = proposal.UnitId,
        NeighbourhoodCode = proposal.Neighbourhood.Value,
        State = (int)proposal.State,
        CreatedAt = StorageFormats.Instant(proposal.CreatedAt),
        UpdatedAt = StorageFormats.Instant(proposal.UpdatedAt),
        RespondBy = proposal.RespondBy is { } respondBy ? StorageFormats.Instant(respondBy) : null,
        SupportCareTeamId = proposal.Support?.CareTeamId,
        SupportStartsOn = proposal.Support is { } support ? StorageFormats.Date(support.StartsOn) : null,
        SupportConfirmedAt = proposal.Support is { } confirmed ? StorageFormats.Instant(confirmed.ConfirmedAt) : null,
        MoveDate = proposal.MoveDate is { } moveDate ? StorageFormats.Date(moveDate) : null,
        DecisionSide = proposal.Decision is { } decision ? (int)decision.Side : null,
        DecisionReasonCode = proposal.Decision?.Reason.Code,
        DecisionReasonLabel = proposal.Decision?.Reason.Label,
        DecisionText = proposal.Decision?.Text,
        DecisionAt = proposal.Decision is { } decided ? StorageFormats.Instant(decided.At) : null,
    };

    public Proposal ToDomain() =>
        new(ProposalId, RegionId, RunId, new MunicipalityCode(MunicipalityCode), new ClientReference(ClientRef), CorporationId, UnitId,
            new NeighbourhoodCode(NeighbourhoodCode), (ProposalState)State, StorageFormats.Instant(CreatedAt), StorageFormats.Instant(UpdatedAt),
            RespondBy is null ? null : StorageFormats.Instant(RespondBy),
            SupportCareTeamId is null
                ? null
                : new SupportConfirmation(SupportCareTeamId, StorageFormats.Date(SupportStartsOn!), StorageFormats.Instant(SupportConfirmedAt!)),
            MoveDate is null ? null : StorageFormats.Date(MoveDate),
            DecisionSide is null
                ? null
                : new Decision((DeclineSide)DecisionSide, new DeclineReason(DecisionReasonCode!, DecisionReasonLabel!), DecisionText,
                    StorageFormats.Instant(DecisionAt!)));
}

internal sealed class PairOverrideRow
{
    public string RegionId { get; set; } = "";

    public string MunicipalityCode { get; set; } = "";

    public string ClientRef { get; set; } = "";

    public string CorporationId { get; set; } = "";

    public string UnitId { get; set; } = "";

    public string Justification { get; set; } = "";

    public string DecidedBy { get; set; } = "";

    public string DecidedAt { get; set; } = "";

    public static PairOverrideRow From(PairOverride pairOverride) => new()
    {
        RegionId = pairOverride.RegionId,
        MunicipalityCode = pairOverride.Municipality.Value,
        ClientRef = pairOverride.Client.Value,
        CorporationId = pairOverride.CorporationId,
        UnitId = pairOverride.UnitId,
        Justification = pairOverride.Justification,
        DecidedBy = pairOverride.DecidedBy,
        DecidedAt = StorageFormats.Instant(pairOverride.At),
    };

    public PairOverride ToDomain() =>
        new(RegionId, new MunicipalityCode(MunicipalityCode), new ClientReference(ClientRef), CorporationId, UnitId, Justification,
            DecidedBy, StorageFormats.Instant(DecidedAt));
}

internal sealed class AuditEntryRow
{
    /// <summary>Read only: given by the database on insert.</summary>
    public long Sequence { get; set; }

    public string RegionId { get; set; } = "";

    public string OccurredAt { get; set; } = "";

    public string Actor { get; set; } = "";

    public int SubjectKind { get; set; }

    public string SubjectId { get; set; } = "";

    public string Action { get; set; } = "";

    public string? OldState { get; set; }

    public string? NewState { get; set; }

    public string? Reason { get; set; }

    public string? ClientPseudonym { get; set; }

    public string? CorporationId { get; set; }

    public string? UnitId { get; set; }

    public static AuditEntryRow From(AuditEntry entry) => new()
    {
        RegionId = entry.RegionId,
        OccurredAt = StorageFormats.Instant(entry.At),
        Actor = entry.Actor,
        SubjectKind = (int)entry.SubjectKind,
        SubjectId = entry.SubjectId,
        Action = entry.Action,
        OldState = entry.OldState,
        NewState = entry.NewState,
        Reason = entry.Reason,
        ClientPseudonym = entry.ClientPseudonym,
        CorporationId = entry.CorporationId,
        UnitId = entry.UnitId,
    };

    public AuditEntry ToDomain() =>
        new(Sequence, RegionId, StorageFormats.Instant(OccurredAt), Actor, (AuditSubjectKind)SubjectKind, SubjectId, Action, OldState,
            NewState, Reason, ClientPseudonym, CorporationId, UnitId);
}
