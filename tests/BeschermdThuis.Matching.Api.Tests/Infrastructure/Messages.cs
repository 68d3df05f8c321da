using Google.Type;

namespace BeschermdThuis.Matching.Api.Tests.Infrastructure;

/// <summary>Valid request messages that a test then spoils in one field.</summary>
public static class Messages
{
    /// <summary>The Stevenskerk, Nijmegen: in CBS buurt BU02680101 Stadscentrum.</summary>
    public static LatLng Stevenskerk => new() { Latitude = 51.8477, Longitude = 5.8636 };

    /// <summary>Radboudumc, Nijmegen: in CBS buurt BU02680517 Heijendaal.</summary>
    public static LatLng Radboudumc => new() { Latitude = 51.8245, Longitude = 5.8606 };

    /// <summary>The Dam, Amsterdam: far outside the region.</summary>
    public static LatLng AmsterdamDam => new() { Latitude = 52.3731, Longitude = 4.8924 };

    public static V1.Unit Unit() => new()
    {
        Location = Stevenskerk,
        DwellingType = V1.DwellingType.Independent,
        Rooms = 2,
        Floor = 0,
        StepFree = true,
        NetRentCents = 62_500,
        ServiceCostsCents = 3_000,
        Tenancy = V1.TenancyKind.Indefinite,
        ContractForm = V1.ContractForm.OwnName,
        AvailableFrom = new Date { Year = 2026, Month = 3, Day = 1 },
    };

    public static V1.Client Client() => new()
    {
        HouseholdSize = 1,
        IncomeBand = V1.IncomeBand.WithinPassendToewijzen,
        ReadinessDate = new Date { Year = 2025, Month = 11, Day = 1 },
        Wishes = new V1.HousingWishes
        {
            Areas =
            {
                new V1.AreaWish { Rank = 1, AreaCode = "BU02680517" },
                new V1.AreaWish { Rank = 2, AreaCode = "GM0268" },
            },
            DwellingTypes = { new V1.DwellingTypeWish { Rank = 1, DwellingType = V1.DwellingType.Independent } },
        },
        Needs = new V1.Needs { StepFree = true, MinimumRooms = 1 },
        Recovery = new V1.RecoveryConstraints
        {
            AvoidOrigin = new V1.OriginAvoidance { OriginCode = "BU02680101", RadiusMetres = 500 },
            MaxPeersInNeighbourhood = 2,
            SupportAnchors =
            {
                new V1.SupportAnchor { Kind = V1.SupportAnchorKind.CareTeamBase, Location = Radboudumc, MaxDistanceMetres = 5_000 },
            },
        },
        Consent = { V1.ConsentItem.Needs, V1.ConsentItem.ReadinessDate },
        CareTeam = $"regions/{SeedData.RegionId}/careTeams/{SeedData.CareTeam}",
    };

    public static V1.CareTeam CareTeam() => new()
    {
        Provider = "Iriszorg",
        ServiceArea = new V1.ServiceArea { Municipalities = { "GM0268", "GM0209" } },
        Base = Radboudumc,
        CaseloadCapacity = 30,
        CurrentCaseload = 5,
    };

    public static V1.PerformanceAgreement Agreement() => new()
    {
        Corporation = $"corporations/{SeedData.CorporationA}",
        Municipality = "GM0268",
        StartDate = new Date { Year = 2027, Month = 1, Day = 1 },
        EndDate = new Date { Year = 2027, Month = 12, Day = 31 },
        TargetUnits = 10,
        CapUnits = 15,
        PriorityGroup = V1.PriorityGroup.Any,
    };
}
