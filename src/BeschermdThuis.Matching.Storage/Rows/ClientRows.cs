using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage.Mapping;

namespace BeschermdThuis.Matching.Storage.Rows;

internal sealed class ClientRow
{
    public string MunicipalityCode { get; set; } = "";

    public string ClientRef { get; set; } = "";

    public int HouseholdSize { get; set; }

    public int IncomeBand { get; set; }

    public string ReadinessDate { get; set; } = "";

    public bool NeedsStepFree { get; set; }

    public bool NeedsGroundFloor { get; set; }

    public int NeedsMinimumRooms { get; set; }

    public string? OriginNeighbourhoodCode { get; set; }

    public int? OriginRadiusMetres { get; set; }

    public int? MaxPeersInNeighbourhood { get; set; }

    public int Consent { get; set; }

    public string? CareTeamId { get; set; }

    public int Status { get; set; }

    public int ContractForm { get; set; }

    /// <summary>Read only: raised by every update, never written from the domain.</summary>
    public long Version { get; set; }

    public static ClientRow From(Client client) => new()
    {
        MunicipalityCode = client.ResponsibleMunicipality.Value,
        ClientRef = client.Reference.Value,
        HouseholdSize = client.HouseholdSize,
        IncomeBand = (int)client.IncomeBand,
        ReadinessDate = StorageFormats.Date(client.ReadinessDate),
        NeedsStepFree = client.Needs.StepFree,
        NeedsGroundFloor = client.Needs.GroundFloor,
        NeedsMinimumRooms = client.Needs.MinimumRooms,
        OriginNeighbourhoodCode = client.Recovery.AvoidOrigin?.Origin.Value,
        OriginRadiusMetres = client.Recovery.AvoidOrigin?.RadiusMetres,
        MaxPeersInNeighbourhood = client.Recovery.MaxPeersInNeighbourhood,
        Consent = (int)client.Consent,
        CareTeamId = client.CareTeamId,
        Status = (int)client.Status,
        ContractForm = (int)client.ContractForm,
    };

    public Client ToDomain(ClientChildren children) =>
        new(new ClientReference(ClientRef), new MunicipalityCode(MunicipalityCode), HouseholdSize, (IncomeBand)IncomeBand,
            StorageFormats.Date(ReadinessDate),
            new HousingWishes(
                [.. children.AreaWishes.Select(w => new AreaWish(w.WishRank, AreaRef.Parse(w.AreaCode)))],
                [.. children.DwellingTypeWishes.Select(w => new DwellingTypeWish(w.WishRank, (DwellingType)w.DwellingType))]),
            new Needs(NeedsStepFree, NeedsGroundFloor, NeedsMinimumRooms),
            new RecoveryConstraints(
                [.. children.AvoidAreas.OrderBy(a => a.Ordinal).Select(a => AreaRef.Parse(a.AreaCode))],
                OriginNeighbourhoodCode is { } origin && OriginRadiusMetres is { } radius
                    ? new OriginAvoidance(new NeighbourhoodCode(origin), radius)
                    : null,
                MaxPeersInNeighbourhood,
                [.. children.SupportAnchors.OrderBy(a => a.Ordinal).Select(a => new SupportAnchor(
                    (SupportAnchorKind)a.Kind, new GeoPoint(a.Longitude, a.Latitude), a.MaxDistanceMetres))],
                [.. children.AvoidedPlaces.OrderBy(p => p.Ordinal).Select(p => AvoidedPlace.FromGrid(p.GridEast, p.GridNorth, p.RadiusMetres))]),
            (ConsentScope)Consent, CareTeamId, (ClientStatus)Status)
        {
            ContractForm = (Domain.Stock.ContractForm)ContractForm,
        };
}

/// <summary>The child rows of one client.</summary>
internal sealed record ClientChildren(
    IReadOnlyList<ClientAreaWishRow> AreaWishes,
    IReadOnlyList<ClientDwellingTypeWishRow> DwellingTypeWishes,
    IReadOnlyList<ClientAvoidAreaRow> AvoidAreas,
    IReadOnlyList<ClientSupportAnchorRow> SupportAnchors,
    IReadOnlyList<ClientAvoidedPlaceRow> AvoidedPlaces)
{
    public static ClientChildren From(Client client)
    {
        var municipality = client.ResponsibleMunicipality.Value;
        var reference = client.Reference.Value;
        return new ClientChildren(
            [.. client.Wishes.Areas.Select(w => new ClientAreaWishRow
            {
                MunicipalityCode = municipality, ClientRef = reference, WishRank = w.Rank, AreaCode = w.Area.Code,
            })],
            [.. client.Wishes.DwellingTypes.Select(w => new ClientDwellingTypeWishRow
            {
                MunicipalityCode = municipality, ClientRef = reference, WishRank = w.Rank, DwellingType = (int)w.DwellingType,
            })],
            [.. client.Recovery.AvoidAreas.Select((a, i) => new ClientAvoidAreaRow
            {
                MunicipalityCode = municipality, ClientRef = reference, Ordinal = i, AreaCode = a.Code,
            })],
            [.. client.Recovery.SupportAnchors.Select((a, i) => new ClientSupportAnchorRow
            {
                MunicipalityCode = municipality, ClientRef = reference, Ordinal = i, Kind = (int)a.Kind,
                Longitude = a.Location.Longitude, Latitude = a.Location.Latitude, MaxDistanceMetres = a.MaxDistanceMetres,
            })],
            [.. client.Recovery.AvoidPlaces.Select((p, i) => new ClientAvoidedPlaceRow
            {
                MunicipalityCode = municipality, ClientRef = reference, Ordinal = i, GridEast = p.GridEast, GridNorth = p.GridNorth,
                RadiusMetres = p.RadiusMetres,
            })]);
    }
}

internal abstract class ClientChildRow
{
    public string MunicipalityCode { get; set; } = "";

    public string ClientRef { get; set; } = "";

    public (string, string) ClientKey => (MunicipalityCode, ClientRef);
}

internal sealed class ClientAreaWishRow : ClientChildRow
{
    public int WishRank { get; set; }

    public string AreaCode { get; set; } = "";
}

internal sealed class ClientDwellingTypeWishRow : ClientChildRow
{
    public int WishRank { get; set; }

    public int DwellingType { get; set; }
}

internal sealed class ClientAvoidAreaRow : ClientChildRow
{
    public int Ordinal { get; set; }

    public string AreaCode { get; set; } = "";
}

internal sealed class ClientSupportAnchorRow : ClientChildRow
{
    public int Ordinal { get; set; }

    public int Kind { get; set; }

    public double Longitude { get; set; }

    public double Latitude { get; set; }

    public int MaxDistanceMetres { get; set; }
}

/// <summary>An avoided place as stored: only its 10 m grid point in RD New (see <see cref="AvoidedPlace"/>).</summary>
internal sealed class ClientAvoidedPlaceRow : ClientChildRow
{
    public int Ordinal { get; set; }

    public int GridEast { get; set; }

    public int GridNorth { get; set; }

    public int RadiusMetres { get; set; }
}
