using System.Globalization;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Cli.Transfer;

/// <summary>
/// A client as one row (README, "Importing stock and clients"). Lists are one cell with <c>|</c> between the entries,
/// in rank order where they are ranked (wished_areas "BU02680101|GM0268"); a support anchor is "kind latitude longitude
/// max_metres" (care-team-base 51,8245 5,8606 5000), an avoided place "latitude longitude radius_metres"; consent names
/// the items the client consented to share. contract_form and avoid_places may be left out of a file (own name, none).
/// </summary>
internal static class ClientColumns
{
    public static readonly IReadOnlyList<string> Names =
    [
        "client_id", "household_size", "income_band", "readiness_date", "wished_areas", "wished_dwelling_types", "needs_step_free",
        "needs_ground_floor", "minimum_rooms", "avoid_areas", "avoid_origin", "avoid_origin_radius_m", "max_peers", "support_anchors",
        "consent", "care_team", "status", "contract_form", "avoid_places",
    ];

    /// <summary>The fields the domain and the application name, as the columns that hold them.</summary>
    public static string ColumnOf(string field) => field switch
    {
        _ when field.StartsWith("wishes.areas", StringComparison.Ordinal) || field == "areas" => "wished_areas",
        _ when field.StartsWith("wishes.dwelling_types", StringComparison.Ordinal) || field == "dwelling_types" => "wished_dwelling_types",
        _ when field.StartsWith("recovery.avoid_area", StringComparison.Ordinal) || field == "avoid_areas" => "avoid_areas",
        _ when field.StartsWith("recovery.avoid_origin", StringComparison.Ordinal) => "avoid_origin",
        _ when field.Contains("max_peers", StringComparison.Ordinal) => "max_peers",
        _ when field.Contains("support_anchors", StringComparison.Ordinal) => "support_anchors",
        _ when field.Contains("avoid_place", StringComparison.Ordinal) => "avoid_places",
        _ => field,
    };

    public static Client Read(TableRow row, MunicipalityCode municipality)
    {
        var cells = new Cells(row);
        var check = new RowCheck();
        var reference = check.Cell("client_id", () => new ClientReference(cells.Required("client_id")), default);
        var household = check.Cell(() => cells.Int("household_size", 0), 0);
        var income = check.Cell(() => cells.Kind<IncomeBand>("income_band"), default);
        var readiness = check.Cell(() => cells.Date("readiness_date"), default);
        var areas = check.Cell("wished_areas", () => cells.List("wished_areas").Select((code, i) => new AreaWish(i + 1, AreaRef.Parse(code))).ToList(), []);
        var types = check.Cell(() => cells.List("wished_dwelling_types")
            .Select((text, i) => new DwellingTypeWish(i + 1, Cells.ParseKind<DwellingType>("wished_dwelling_types", text))).ToList(), []);
        var wishes = check.Cell("wished_areas", () => new HousingWishes(areas, types), HousingWishes.None);
        var stepFree = check.Cell(() => cells.Bool("needs_step_free"), false);
        var groundFloor = check.Cell(() => cells.Bool("needs_ground_floor"), false);
        var minimumRooms = check.Cell(() => cells.Int("minimum_rooms", 1), 1);
        var needs = check.Cell("minimum_rooms", () => new Needs(stepFree, groundFloor, minimumRooms), Needs.None);
        var recovery = check.Cell(() => Recovery(cells, check), RecoveryConstraints.None);
        var consent = check.Cell(() => cells.List("consent").Aggregate(ConsentScope.None, (all, item) => all | Cells.ParseKind<ConsentScope>("consent", item)), ConsentScope.None);
        var careTeam = cells.Text("care_team") is { Length: > 0 } team ? team : null;
        var status = check.Cell(() => cells.Kind("status", (ClientStatus?)ClientStatus.Waiting), default);
        var contractForm = check.Cell(() => cells.Kind("contract_form", (ContractForm?)ContractForm.OwnName), ContractForm.OwnName);
        check.ThrowIfAny();
        return new Client(reference, municipality, household, income, readiness, wishes, needs, recovery, consent, careTeam, status)
        {
            ContractForm = contractForm,
        };
    }

    public static IReadOnlyList<string> Write(Client client, bool decimalComma)
    {
        var recovery = client.Recovery;
        return
        [
            client.Reference.Value,
            Number(client.HouseholdSize),
            Cells.KindName(client.IncomeBand),
            Cells.Date(client.ReadinessDate),
            List(client.Wishes.Areas.OrderBy(a => a.Rank).Select(a => a.Area.Code)),
            List(client.Wishes.DwellingTypes.OrderBy(d => d.Rank).Select(d => Cells.KindName(d.DwellingType))),
            Cells.Bool(client.Needs.StepFree),
            Cells.Bool(client.Needs.GroundFloor),
            Number(client.Needs.MinimumRooms),
            List(recovery.AvoidAreas.Select(a => a.Code)),
            recovery.AvoidOrigin?.Origin.Value ?? string.Empty,
            recovery.AvoidOrigin is { } origin ? Number(origin.RadiusMetres) : string.Empty,
            recovery.MaxPeersInNeighbourhood is { } peers ? Number(peers) : string.Empty,
            List(recovery.SupportAnchors.Select(a => string.Join(' ', Cells.KindName(a.Kind), Cells.Degrees(a.Location.Latitude, decimalComma),
                Cells.Degrees(a.Location.Longitude, decimalComma), Number(a.MaxDistanceMetres)))),
            List(Enum.GetValues<ConsentScope>().Where(c => c != ConsentScope.None && client.Consent.HasFlag(c)).Select(c => Cells.KindName(c))),
            client.CareTeamId ?? string.Empty,
            Cells.KindName(client.Status),
            Cells.KindName(client.ContractForm),
            List(recovery.AvoidPlaces.Select(p => string.Join(' ', Cells.Degrees(p.Location.Latitude, decimalComma),
                Cells.Degrees(p.Location.Longitude, decimalComma), Number(p.RadiusMetres)))),
        ];
    }

    private static RecoveryConstraints Recovery(Cells cells, RowCheck check)
    {
        var avoid = check.Cell("avoid_areas", () => cells.List("avoid_areas").Select(AreaRef.Parse).ToList(), []);
        var origin = cells.Text("avoid_origin") is { Length: > 0 } code
            ? check.Cell("avoid_origin", () => new OriginAvoidance(new NeighbourhoodCode(code), cells.Int("avoid_origin_radius_m", 0)), null)
            : null;
        var peers = check.Cell(() => cells.OptionalInt("max_peers"), null);
        var anchors = check.Cell("support_anchors", () => cells.List("support_anchors").Select(Anchor).ToList(), []);
        var places = check.Cell("avoid_places", () => cells.List("avoid_places").Select(Place).ToList(), []);
        return check.Cell("avoid_areas", () => new RecoveryConstraints(avoid, origin, peers, anchors, places), RecoveryConstraints.None);
    }

    private static SupportAnchor Anchor(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4)
        {
            throw new Domain.Common.DomainValidationException("support_anchors", $"{Domain.Common.FreeText.Quote(text)} is not \"kind latitude longitude max_metres\"");
        }
        var row = new Cells(new TableRow(0, new Dictionary<string, string> { ["lat"] = parts[1], ["lon"] = parts[2], ["max"] = parts[3] }));
        return new SupportAnchor(Cells.ParseKind<SupportAnchorKind>("support_anchors", parts[0]), new GeoPoint(row.Degrees("lon"), row.Degrees("lat")), row.Int("max", 0));
    }

    private static AvoidedPlace Place(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3)
        {
            throw new Domain.Common.DomainValidationException("avoid_places", $"{Domain.Common.FreeText.Quote(text)} is not \"latitude longitude radius_metres\"");
        }
        var row = new Cells(new TableRow(0, new Dictionary<string, string> { ["lat"] = parts[0], ["lon"] = parts[1], ["radius"] = parts[2] }));
        return new AvoidedPlace(new GeoPoint(row.Degrees("lon"), row.Degrees("lat")), row.Int("radius", 0));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string List(IEnumerable<string> items) => string.Join(Cells.ListSeparator, items);
}
