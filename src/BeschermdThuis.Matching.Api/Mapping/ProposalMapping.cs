using System.Text.RegularExpressions;
using BeschermdThuis.Matching.Api.Mapping.Enums;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Proposals;
using Google.Protobuf.WellKnownTypes;

namespace BeschermdThuis.Matching.Api.Mapping;

/// <summary>
/// Proposals as each party sees them: the desk sees the client and every decision text; the corporation sees neither
/// the client's name nor the client's own words, only that the client declined and the configured reason.
/// </summary>
public static partial class ProposalMapping
{
    public static V1.Proposal ToProto(ProposalView view)
    {
        var proposal = view.Proposal;
        var message = new V1.Proposal
        {
            Name = view.Name,
            MatchRun = ResourceNames.MatchRun(proposal.RegionId, proposal.RunId),
            Unit = ResourceNames.Unit(proposal.CorporationId, proposal.UnitId),
            Neighbourhood = proposal.Neighbourhood.Value,
            State = ProposalEnums.ToProto(proposal.State),
            CreateTime = Timestamp.FromDateTimeOffset(proposal.CreatedAt),
            UpdateTime = Timestamp.FromDateTimeOffset(proposal.UpdatedAt),
            Etag = view.ETag,
        };
        if (view.Audience == ProposalActor.Desk)
        {
            message.Client = ResourceNames.Client(proposal.Municipality, proposal.Client);
        }
        if (proposal.RespondBy is { } respondBy)
        {
            message.RespondBy = Timestamp.FromDateTimeOffset(respondBy);
        }
        if (view.Shared is { } shared)
        {
            message.SharedClient = ToProto(shared);
        }
        if (proposal.Support is { } support && (view.Audience == ProposalActor.Desk || view.Shared?.SupportArranged is not null))
        {
            message.Support = new V1.SupportConfirmation
            {
                CareTeam = ResourceNames.CareTeam(proposal.RegionId, support.CareTeamId),
                StartsOn = Conversions.ToProto(support.StartsOn),
                ConfirmTime = Timestamp.FromDateTimeOffset(support.ConfirmedAt),
            };
        }
        if (proposal.MoveDate is { } moveDate)
        {
            message.MoveDate = Conversions.ToProto(moveDate);
        }
        if (proposal.Decision is { } decision)
        {
            message.Decision = ToProto(decision, view.Audience);
        }
        return message;
    }

    public static V1.SharedClient ToProto(SharedClient shared)
    {
        var message = new V1.SharedClient();
        if (shared.HouseholdSize is { } size)
        {
            message.HouseholdSize = size;
        }
        if (shared.Needs is { } needs)
        {
            message.Needs = new V1.Needs { StepFree = needs.StepFree, GroundFloor = needs.GroundFloor, MinimumRooms = needs.MinimumRooms };
        }
        if (shared.SupportArranged is { } arranged)
        {
            message.SupportArranged = arranged;
        }
        if (shared.SupportStartsOn is { } startsOn)
        {
            message.SupportStartsOn = Conversions.ToProto(startsOn);
        }
        if (shared.ReadyFrom is { } readyFrom)
        {
            message.ReadyFrom = Conversions.ToProto(readyFrom);
        }
        if (shared.IncomeBand is { } band)
        {
            message.IncomeBand = Enums.ClientEnums.ToProto(band);
        }
        if (shared.ContractForm is { } form)
        {
            message.ContractForm = Enums.StockEnums.ToProto(form);
        }
        return message;
    }

    public static V1.PairOverride ToProto(PairOverride pairOverride) => new()
    {
        Client = ResourceNames.Client(pairOverride.Municipality, pairOverride.Client),
        Unit = ResourceNames.Unit(pairOverride.CorporationId, pairOverride.UnitId),
        Justification = pairOverride.Justification,
        DecidedBy = pairOverride.DecidedBy,
        CreateTime = Timestamp.FromDateTimeOffset(pairOverride.At),
    };

    public static V1.ListDeclineReasonsResponse ToProto(ProposalPolicy policy)
    {
        var response = new V1.ListDeclineReasonsResponse();
        foreach (var side in new[] { DeclineSide.Corporation, DeclineSide.Client })
        {
            response.Reasons.AddRange(policy.DeclineReasons(side).Select(r => new V1.DeclineReason
            {
                Side = ProposalEnums.ToProto(side), Code = r.Code, Label = r.Label,
            }));
        }
        return response;
    }

    /// <summary>regions/{region}/proposals/{proposal}; a malformed name is bad input on <paramref name="field"/>.</summary>
    public static (string RegionId, string ProposalId) ParseName(string? name, string field)
    {
        var match = NamePattern().Match(name ?? string.Empty);
        if (!match.Success)
        {
            throw new DomainValidationException(field, string.IsNullOrEmpty(name)
                ? "is required: regions/{region}/proposals/{proposal}"
                : $"{FreeText.Quote(name)} is not a resource name of the form regions/{{region}}/proposals/{{proposal}}");
        }
        return (match.Groups[1].Value, match.Groups[2].Value);
    }

    // The corporation reads the client's own words only through the desk: it sees that the client declined, and why in
    // the configured terms, never the free text.
    private static V1.Decision ToProto(Decision decision, ProposalActor audience)
    {
        var message = new V1.Decision
        {
            Side = ProposalEnums.ToProto(decision.Side),
            ReasonCode = decision.Reason.Code,
            ReasonLabel = decision.Reason.Label,
            DecideTime = Timestamp.FromDateTimeOffset(decision.At),
        };
        if (decision.Text is { } text && (audience == ProposalActor.Desk || decision.Side == DeclineSide.Corporation))
        {
            message.ReasonText = text;
        }
        return message;
    }

    [GeneratedRegex("^regions/([a-z][a-z0-9-]{0,62})/proposals/([a-z][a-z0-9-]{0,62})\\z")]
    private static partial Regex NamePattern();
}
