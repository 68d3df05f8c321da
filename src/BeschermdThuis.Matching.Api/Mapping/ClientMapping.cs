using BeschermdThuis.Matching.Api.Grpc;
using BeschermdThuis.Matching.Api.Mapping.Enums;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Api.Mapping;

/// <summary>Clients between proto and domain. Field paths are relative to the client message (e.g. "wishes.areas[0].area_code").</summary>
public static class ClientMapping
{
    public static readonly IReadOnlySet<string> UpdatablePaths = new HashSet<string>(StringComparer.Ordinal)
    {
        "household_size", "income_band", "readiness_date", "wishes", "needs", "recovery", "consent", "care_team", "status", "contract_form",
    };

    public static Client ToClient(MunicipalityCode municipality, ClientReference reference, V1.Client client, string regionId)
    {
        var all = UpdatablePaths;
        var placeholder = new Client(reference, municipality, 1, IncomeBand.WithinPassendToewijzen, DateOnly.MinValue,
            HousingWishes.None, Needs.None, RecoveryConstraints.None, ConsentScope.None, null, ClientStatus.Waiting);
        var withDefaults = new V1.Client(client);
        if (withDefaults.Status == V1.ClientStatus.Unspecified)
        {
            withDefaults.Status = V1.ClientStatus.Waiting;
        }
        if (withDefaults.ContractForm == V1.ContractForm.Unspecified)
        {
            withDefaults.ContractForm = V1.ContractForm.OwnName;
        }
        return Apply(placeholder, withDefaults, all, regionId);
    }

    /// <summary>Takes the masked fields from the message, keeps the rest of the stored client.</summary>
    public static Client Apply(Client current, V1.Client client, IReadOnlySet<string> paths, string regionId)
    {
        var check = new ViolationCollector();
        var readiness = paths.Contains("readiness_date")
            ? check.Try(() => Conversions.ToDateOnly(client.ReadinessDate, "readiness_date"), current.ReadinessDate)
            : current.ReadinessDate;
        var wishes = paths.Contains("wishes") ? check.Try(() => Wishes(client.Wishes), current.Wishes) : current.Wishes;
        var needs = paths.Contains("needs") ? check.Try(() => ToNeeds(client.Needs), current.Needs) : current.Needs;
        var recovery = paths.Contains("recovery") ? check.Try(() => Recovery(client.Recovery), current.Recovery) : current.Recovery;
        var consent = paths.Contains("consent") ? Consent(client.Consent, check) : current.Consent;
        var careTeam = paths.Contains("care_team") ? check.Try(() => CareTeamId(client.CareTeam, regionId), current.CareTeamId) : current.CareTeamId;
        var incomeBand = paths.Contains("income_band")
            ? check.Try(() => ClientEnums.ToDomain(client.IncomeBand, "income_band"), current.IncomeBand)
            : current.IncomeBand;
        var status = paths.Contains("status") ? check.Try(() => ClientEnums.ToDomain(client.Status, "status"), current.Status) : current.Status;
        var contractForm = paths.Contains("contract_form")
            ? check.Try(() => StockEnums.ToDomain(client.ContractForm, "contract_form"), current.ContractForm)
            : current.ContractForm;
        check.ThrowIfAny();
        return new Client(
            current.Reference,
            current.ResponsibleMunicipality,
            paths.Contains("household_size") ? client.HouseholdSize : current.HouseholdSize,
            incomeBand,
            readiness,
            wishes,
            needs,
            recovery,
            consent,
            careTeam,
            status)
        {
            ContractForm = contractForm,
        };
    }

    public static V1.Client ToProto(ClientView view, string regionId)
    {
        var client = view.Client;
        var message = new V1.Client
        {
            Name = ResourceNames.Client(client.ResponsibleMunicipality, client.Reference),
            HouseholdSize = client.HouseholdSize,
            IncomeBand = ClientEnums.ToProto(client.IncomeBand),
            ReadinessDate = Conversions.ToProto(client.ReadinessDate),
            Wishes = new V1.HousingWishes(),
            Needs = new V1.Needs { StepFree = client.Needs.StepFree, GroundFloor = client.Needs.GroundFloor, MinimumRooms = client.Needs.MinimumRooms },
            Recovery = new V1.RecoveryConstraints(),
            CareTeam = client.CareTeamId is null ? string.Empty : ResourceNames.CareTeam(regionId, client.CareTeamId),
            Status = ClientEnums.ToProto(client.Status),
            ContractForm = StockEnums.ToProto(client.ContractForm),
            Etag = ETags.Of(view.Version),
        };
        message.Wishes.Areas.AddRange(client.Wishes.Areas.Select(a => new V1.AreaWish { Rank = a.Rank, AreaCode = a.Area.Code }));
        message.Wishes.DwellingTypes.AddRange(client.Wishes.DwellingTypes.Select(d => new V1.DwellingTypeWish { Rank = d.Rank, DwellingType = StockEnums.ToProto(d.DwellingType) }));
        message.Recovery.AvoidAreaCodes.AddRange(client.Recovery.AvoidAreas.Select(a => a.Code));
        if (client.Recovery.AvoidOrigin is { } origin)
        {
            message.Recovery.AvoidOrigin = new V1.OriginAvoidance { OriginCode = origin.Origin.Value, RadiusMetres = origin.RadiusMetres };
        }
        if (client.Recovery.MaxPeersInNeighbourhood is { } maxPeers)
        {
            message.Recovery.MaxPeersInNeighbourhood = maxPeers;
        }
        message.Recovery.SupportAnchors.AddRange(client.Recovery.SupportAnchors.Select(a => new V1.SupportAnchor
        {
            Kind = ClientEnums.ToProto(a.Kind),
            Location = Conversions.ToProto(a.Location),
            MaxDistanceMetres = a.MaxDistanceMetres,
        }));
        // The kept grid point, never more: only the client's desk gets a Client message at all.
        message.Recovery.AvoidPlaces.AddRange(client.Recovery.AvoidPlaces.Select(p => new V1.AvoidedPlace
        {
            Location = Conversions.ToProto(p.Location),
            RadiusMetres = p.RadiusMetres,
        }));
        message.Consent.AddRange(ClientEnums.ConsentItems.Where(item => client.Consent.HasFlag(item)).Select(ClientEnums.ToProto));
        if (view.MaxRent is { } maxRent)
        {
            message.MaxRentCents = maxRent.Value;
        }
        return message;
    }

    private static HousingWishes Wishes(V1.HousingWishes? wishes)
    {
        if (wishes is null)
        {
            return HousingWishes.None;
        }
        var check = new ViolationCollector();
        var areas = wishes.Areas
            .Select((a, i) => new AreaWish(a.Rank, check.Try(() => FieldPaths.On($"wishes.areas[{i}].area_code", () => AreaRef.Parse(a.AreaCode)), null!)))
            .ToList();
        // One violation for the whole list, however many types are wrong, as the domain reports it.
        var types = check.Try(
            () => wishes.DwellingTypes.Select(d => new DwellingTypeWish(d.Rank, StockEnums.ToDomain(d.DwellingType, "wishes.dwelling_types"))).ToList(),
            []);
        check.ThrowIfAny();
        return FieldPaths.Renamed("wishes", () => new HousingWishes(areas, types));
    }

    private static Needs ToNeeds(V1.Needs? needs) =>
        needs is null
            ? Needs.None
            : FieldPaths.Renamed("needs", () => new Needs(needs.StepFree, needs.GroundFloor, needs.MinimumRooms == 0 ? 1 : needs.MinimumRooms));

    private static RecoveryConstraints Recovery(V1.RecoveryConstraints? recovery)
    {
        if (recovery is null)
        {
            return RecoveryConstraints.None;
        }
        var check = new ViolationCollector();
        var avoid = recovery.AvoidAreaCodes
            .Select((code, i) => check.Try(() => FieldPaths.On($"recovery.avoid_area_codes[{i}]", () => AreaRef.Parse(code)), null!))
            .ToList();
        OriginAvoidance? origin = null;
        if (recovery.AvoidOrigin is { } o)
        {
            var code = check.Try(() => FieldPaths.On("recovery.avoid_origin.origin_code", () => new NeighbourhoodCode(o.OriginCode)), default);
            origin = check.Try(() => FieldPaths.Renamed("recovery.avoid_origin", () => new OriginAvoidance(code, o.RadiusMetres)), null);
        }
        var anchors = recovery.SupportAnchors
            .Select((a, i) => check.Try(() => FieldPaths.Renamed($"recovery.support_anchors[{i}]",
                () => new SupportAnchor(ClientEnums.ToDomain(a.Kind, "kind"), Conversions.ToGeoPoint(a.Location, "location"), a.MaxDistanceMetres)), null!))
            .ToList();
        var places = recovery.AvoidPlaces
            .Select((p, i) => check.Try(() => FieldPaths.Renamed($"recovery.avoid_places[{i}]",
                () => new AvoidedPlace(Conversions.ToGeoPoint(p.Location, "location"), p.RadiusMetres)), null!))
            .ToList();
        check.ThrowIfAny();
        int? maxPeers = recovery.HasMaxPeersInNeighbourhood ? recovery.MaxPeersInNeighbourhood : null;
        return FieldPaths.Renamed("recovery", () => new RecoveryConstraints(avoid, origin, maxPeers, anchors, places), ("avoid_areas", "avoid_area_codes"));
    }

    private static ConsentScope Consent(IEnumerable<V1.ConsentItem> items, ViolationCollector check)
    {
        var scope = ConsentScope.None;
        var index = 0;
        foreach (var item in items)
        {
            var field = $"consent[{index}]";
            scope |= check.Try(() => ClientEnums.ToDomain(item, field), ConsentScope.None);
            index++;
        }
        return scope;
    }

    private static string? CareTeamId(string name, string regionId)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }
        var (teamRegion, teamId) = ResourceNames.ParseCareTeam(name, "care_team");
        return teamRegion == regionId
            ? teamId
            : throw new DomainValidationException("care_team", $"must name a care team of {ResourceNames.Region(regionId)}");
    }
}
