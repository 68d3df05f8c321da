using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Storage.Mapping;

namespace BeschermdThuis.Matching.Storage.Rows;

internal sealed class RegionRow
{
    public string RegionId { get; set; } = "";

    public string Name { get; set; } = "";

    public int DefaultNewPlacementsPerPeriod { get; set; }

    public string DefaultMaxProtectedHomesPerThousand { get; set; } = "";

    /// <summary>Read only: the version of the region's settings, raised by every write of the region row.</summary>
    public long Version { get; set; }

    public static RegionRow From(Region region) => new()
    {
        RegionId = region.Id,
        Name = region.Name,
        DefaultNewPlacementsPerPeriod = region.DefaultLimits.NewPlacementsPerPeriod,
        DefaultMaxProtectedHomesPerThousand = StorageFormats.Decimal(region.DefaultLimits.MaxProtectedHomesPerThousandInhabitants),
    };

    public Region ToDomain(IEnumerable<RegionMunicipalityRow> municipalities, IEnumerable<RegionDistrictRow> districts) =>
        new(RegionId, Name,
            [.. municipalities.OrderBy(m => m.Ordinal).Select(m => new Municipality(new MunicipalityCode(m.MunicipalityCode), m.Name, m.Inhabitants))],
            [.. districts.OrderBy(d => d.Ordinal).Select(d => new District(new DistrictCode(d.DistrictCode), d.Name))],
            new LoadLimits(DefaultNewPlacementsPerPeriod, StorageFormats.Decimal(DefaultMaxProtectedHomesPerThousand)));
}

internal sealed class RegionMunicipalityRow
{
    public string RegionId { get; set; } = "";

    public string MunicipalityCode { get; set; } = "";

    public int Ordinal { get; set; }

    public string Name { get; set; } = "";

    public int? Inhabitants { get; set; }
}

internal sealed class RegionDistrictRow
{
    public string RegionId { get; set; } = "";

    public string DistrictCode { get; set; } = "";

    public int Ordinal { get; set; }

    public string Name { get; set; } = "";
}

internal sealed class NeighbourhoodRow
{
    public string RegionId { get; set; } = "";

    public string NeighbourhoodCode { get; set; } = "";

    public string Name { get; set; } = "";

    public byte[] BoundaryWkb { get; set; } = [];

    public int Inhabitants { get; set; }

    public bool InhabitantsEstimated { get; set; }

    public int ExistingProtectedHomes { get; set; }

    public int? LimitsNewPlacementsPerPeriod { get; set; }

    public string? LimitsMaxProtectedHomesPerThousand { get; set; }

    public int? InhabitantsCountYear { get; set; }

    /// <summary>Read only: raised by every update, never written from the domain.</summary>
    public long Version { get; set; }

    public static NeighbourhoodRow From(string regionId, Neighbourhood neighbourhood) => new()
    {
        RegionId = regionId,
        NeighbourhoodCode = neighbourhood.Code.Value,
        Name = neighbourhood.Name,
        BoundaryWkb = StorageFormats.Wkb(neighbourhood.Boundary),
        Inhabitants = neighbourhood.Inhabitants,
        InhabitantsEstimated = neighbourhood.InhabitantsEstimated,
        ExistingProtectedHomes = neighbourhood.ExistingProtectedHomes,
        LimitsNewPlacementsPerPeriod = neighbourhood.LimitsOverride?.NewPlacementsPerPeriod,
        LimitsMaxProtectedHomesPerThousand = neighbourhood.LimitsOverride is { } limits
            ? StorageFormats.Decimal(limits.MaxProtectedHomesPerThousandInhabitants)
            : null,
        InhabitantsCountYear = neighbourhood.InhabitantsCountYear,
    };

    public Neighbourhood ToDomain() =>
        new(new NeighbourhoodCode(NeighbourhoodCode), Name, StorageFormats.Geometry(BoundaryWkb), Inhabitants, InhabitantsEstimated,
            ExistingProtectedHomes,
            LimitsNewPlacementsPerPeriod is { } placements && LimitsMaxProtectedHomesPerThousand is { } perThousand
                ? new LoadLimits(placements, StorageFormats.Decimal(perThousand))
                : null,
            InhabitantsCountYear);
}
