using BeschermdThuis.Matching.Api.Mapping.Enums;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Api.Mapping;

/// <summary>The proposal requests read into domain terms: every wrong field at once, before anything is read or changed.</summary>
public static partial class ProposalMapping
{
    public sealed record CreateRequest(string RegionId, string RunId, MunicipalityCode Municipality, ClientReference Client);

    public sealed record Support(string RegionId, string ProposalId, string CareTeamId, DateOnly StartsOn);

    public sealed record Decline(string RegionId, string ProposalId, string ReasonCode, string? ReasonText);

    public sealed record Sign(string RegionId, string ProposalId, DateOnly MoveDate);

    public sealed record Override(string RegionId, MunicipalityCode Municipality, ClientReference Client, string CorporationId, string UnitId, string Justification);

    public static CreateRequest ToCreate(V1.CreateProposalRequest request)
    {
        var check = new ViolationCollector();
        var regionId = check.Try(() => ResourceNames.ParseRegion(request.Parent, "parent"), "");
        var (runRegion, runId) = check.Try(() => ResourceNames.ParseMatchRun(request.MatchRun, "match_run"), ("", ""));
        var (municipality, client) = check.Try(() => ResourceNames.ParseClient(request.Client, "client"), (default(MunicipalityCode), default(ClientReference)));
        if (regionId.Length > 0 && runRegion.Length > 0 && runRegion != regionId)
        {
            check.Add("match_run", $"must be a match run of {request.Parent}");
        }
        check.ThrowIfAny();
        return new CreateRequest(regionId, runId, municipality, client);
    }

    /// <summary>The filters of a list; the page token is bound to them, so a token is not replayed under other filters.</summary>
    public static (string RegionId, ProposalFilter Filter, string TokenScope) ToFilter(V1.ListProposalsRequest request)
    {
        var check = new ViolationCollector();
        var regionId = check.Try(() => ResourceNames.ParseRegion(request.Parent, "parent"), "");
        var state = request.State == V1.ProposalState.Unspecified ? (ProposalState?)null : check.Try(() => ProposalEnums.ToDomain(request.State, "state"), default);
        var client = string.IsNullOrEmpty(request.Client) ? null : check.Try(() => ResourceNames.ParseClient(request.Client, "client"), default((MunicipalityCode, ClientReference)?));
        var unit = string.IsNullOrEmpty(request.Unit) ? null : check.Try(() => ResourceNames.ParseUnit(request.Unit, "unit"), default((string, string)?));
        check.ThrowIfAny();
        var filter = new ProposalFilter(state, client?.Item1, client?.Item2, unit?.Item1, unit?.Item2);
        return (regionId, filter, $"{request.Parent}\t{(int)request.State}\t{request.Client}\t{request.Unit}");
    }

    public static Support ToSupport(V1.ConfirmSupportRequest request)
    {
        var check = new ViolationCollector();
        var (regionId, proposalId) = check.Try(() => ParseName(request.Name, "name"), ("", ""));
        var (teamRegion, teamId) = check.Try(() => ResourceNames.ParseCareTeam(request.CareTeam, "care_team"), ("", ""));
        var startsOn = check.Try(() => Conversions.ToDateOnly(request.StartsOn, "starts_on"), default);
        if (regionId.Length > 0 && teamRegion.Length > 0 && teamRegion != regionId)
        {
            check.Add("care_team", $"must be a care team of regions/{regionId}");
        }
        check.ThrowIfAny();
        return new Support(regionId, proposalId, teamId, startsOn);
    }

    public static Decline ToDecline(V1.DeclineProposalRequest request)
    {
        var check = new ViolationCollector();
        var (regionId, proposalId) = check.Try(() => ParseName(request.Name, "name"), ("", ""));
        if (string.IsNullOrEmpty(request.ReasonCode))
        {
            check.Add("reason_code", "is required: one of the side's configured codes (ListDeclineReasons)");
        }
        var text = string.IsNullOrEmpty(request.ReasonText) ? null : request.ReasonText;
        if (text is not null && !ReasonText.IsValid(text))
        {
            check.Add("reason_text", ReasonText.Description);
        }
        check.ThrowIfAny();
        return new Decline(regionId, proposalId, request.ReasonCode, text);
    }

    public static Sign ToSign(V1.SignProposalRequest request)
    {
        var check = new ViolationCollector();
        var (regionId, proposalId) = check.Try(() => ParseName(request.Name, "name"), ("", ""));
        var moveDate = check.Try(() => Conversions.ToDateOnly(request.MoveDate, "move_date"), default);
        check.ThrowIfAny();
        return new Sign(regionId, proposalId, moveDate);
    }

    public static Override ToOverride(V1.OverrideExclusionRequest request)
    {
        var check = new ViolationCollector();
        var regionId = check.Try(() => ResourceNames.ParseRegion(request.Parent, "parent"), "");
        var (municipality, client) = check.Try(() => ResourceNames.ParseClient(request.Client, "client"), (default(MunicipalityCode), default(ClientReference)));
        var (corporationId, unitId) = check.Try(() => ResourceNames.ParseUnit(request.Unit, "unit"), ("", ""));
        if (!ReasonText.IsValid(request.Justification))
        {
            check.Add("justification", ReasonText.Description);
        }
        check.ThrowIfAny();
        return new Override(regionId, municipality, client, corporationId, unitId, request.Justification);
    }
}
