namespace BeschermdThuis.Matching.Domain.Common;

/// <summary>
/// The ranges the real world puts on every amount, count, rate, length and coordinate the domain accepts: one place
/// per value, used by the records' validators. They are facts about housing and care in the Netherlands, chosen
/// with room to spare, not policy weights. Their purpose is that no accepted value can make a later sum or
/// product overflow (every sum the service computes from these values fits its type by a wide margin).
/// </summary>
public static class DomainRanges
{
    /// <summary>Ids chosen by a client of the API (AIP-122): at most this many characters.</summary>
    public const int MaxIdLength = 63;

    /// <summary>Names and other free text (a neighbourhood's name, a care provider): at most this many characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>A month's net rent or service costs in cents: at most € 10,000 (social rent is below € 900).</summary>
    public const long MaxMonthlyAmountCents = 1_000_000;

    /// <summary>Rooms in a unit, and the rooms a client needs at least.</summary>
    public const int MinRooms = 1;

    /// <inheritdoc cref="MinRooms"/>
    public const int MaxRooms = 12;

    /// <summary>The floor of a unit: -1 (souterrain) to 60 (the highest residential towers have about 50).</summary>
    public const int MinFloor = -1;

    /// <inheritdoc cref="MinFloor"/>
    public const int MaxFloor = 60;

    /// <summary>People in a client's household.</summary>
    public const int MinHouseholdSize = 1;

    /// <inheritdoc cref="MinHouseholdSize"/>
    public const int MaxHouseholdSize = 12;

    /// <summary>Inhabitants of one neighbourhood (buurt); the largest Dutch buurten have about 30,000.</summary>
    public const int MaxNeighbourhoodInhabitants = 200_000;

    /// <summary>Inhabitants of one municipality; Amsterdam, the largest, has about 930,000.</summary>
    public const int MaxMunicipalityInhabitants = 2_000_000;

    /// <summary>Protected homes already in one neighbourhood (and never more than its inhabitants).</summary>
    public const int MaxExistingProtectedHomes = 10_000;

    /// <summary>New protected homes one neighbourhood may take in one placement period.</summary>
    public const int MaxNewPlacementsPerPeriod = 1_000;

    /// <summary>Protected homes per 1,000 inhabitants: a share, so at most 1,000.</summary>
    public const decimal MaxProtectedHomesPerThousand = 1_000m;

    /// <summary>Peers already placed that a client accepts in the neighbourhood at most.</summary>
    public const int MaxPeersInNeighbourhood = MaxExistingProtectedHomes;

    /// <summary>Distance from the neighbourhood of origin a client keeps, in metres (0 is the neighbourhood only).</summary>
    public const int MaxOriginRadiusMetres = 50_000;

    /// <summary>Distance to a support anchor a client accepts at most, in metres.</summary>
    public const int MaxAnchorDistanceMetres = 100_000;

    /// <summary>Support anchors of one client (care team base, family, recovery college, …).</summary>
    public const int MaxSupportAnchors = 10;

    /// <summary>Places one client avoids (a former address, a place that triggers relapse), each a point with a radius.</summary>
    public const int MaxAvoidedPlaces = 10;

    /// <summary>
    /// The radius around an avoided place, in metres: at least the 10 m grid the point is kept on (a smaller circle would
    /// say less than the rounding), at most the distance kept from a neighbourhood of origin.
    /// </summary>
    public const int MinAvoidedPlaceRadiusMetres = 10;

    /// <inheritdoc cref="MinAvoidedPlaceRadiusMetres"/>
    public const int MaxAvoidedPlaceRadiusMetres = MaxOriginRadiusMetres;

    /// <summary>
    /// Where RD New (EPSG:28992) is defined, in WGS84 degrees (its area of use: the Netherlands on- and offshore, with a
    /// margin). A point to be kept in RD metres must lie inside; elsewhere the projection's distances mean nothing.
    /// </summary>
    public const double RdNewMinLongitude = 2.5;

    /// <inheritdoc cref="RdNewMinLongitude"/>
    public const double RdNewMaxLongitude = 7.3;

    /// <inheritdoc cref="RdNewMinLongitude"/>
    public const double RdNewMinLatitude = 50.7;

    /// <inheritdoc cref="RdNewMinLongitude"/>
    public const double RdNewMaxLatitude = 55.8;

    /// <summary>A year whose rent limits may be asked for (the configuration says which of them are known).</summary>
    public const int MinRentYear = 2000;

    /// <inheritdoc cref="MinRentYear"/>
    public const int MaxRentYear = 2200;

    /// <summary>Areas one client avoids.</summary>
    public const int MaxAvoidAreas = 20;

    /// <summary>Areas one client wishes, ranked.</summary>
    public const int MaxAreaWishes = 20;

    /// <summary>Clients of one care team, planned or current; real teams have a few hundred.</summary>
    public const int MaxCaseload = 100_000;

    /// <summary>Municipalities a care team serves by name.</summary>
    public const int MaxServiceAreaMunicipalities = 50;

    /// <summary>Municipalities in one region (the largest protected-housing regions have about 25).</summary>
    public const int MaxRegionMunicipalities = 100;

    /// <summary>Districts (wijken) in one region.</summary>
    public const int MaxRegionDistricts = 2_000;

    /// <summary>The year of a published count of inhabitants (CBS kerncijfers wijken en buurten exist from 1995).</summary>
    public const int MinInhabitantsCountYear = 1995;

    /// <inheritdoc cref="MinInhabitantsCountYear"/>
    public const int MaxInhabitantsCountYear = 2100;

    /// <summary>Points of a neighbourhood boundary or a care team's drawn area.</summary>
    public const int MaxBoundaryPoints = 100_000;

    /// <summary>Units a performance agreement commits (target or cap) in one municipality and period.</summary>
    public const int MaxAgreementUnits = 100_000;

    /// <summary>Characters of a free-text reason with a decision or an override (a short paragraph, line breaks allowed).</summary>
    public const int MaxReasonTextLength = 2_000;
}
