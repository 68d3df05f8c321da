using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Geography;

/// <summary>
/// A region (e.g. a centrumgemeente and its neighbours) that shares protected housing: its municipalities and
/// districts, and the default load limits for its neighbourhoods. Neighbourhoods are kept apart because of their size.
/// </summary>
public sealed record Region
{
    public Region(
        string id,
        string name,
        IReadOnlyList<Municipality> municipalities,
        IReadOnlyList<District> districts,
        LoadLimits defaultLimits)
    {
        var validator = new Validator()
            .Id(id, "region_id")
            .Text(name, "name")
            .Require(municipalities.Count > 0, "municipalities", "a region has at least one municipality")
            .AtMost(municipalities.Count, DomainRanges.MaxRegionMunicipalities, "municipalities")
            .AtMost(districts.Count, DomainRanges.MaxRegionDistricts, "districts")
            .Require(municipalities.Select(m => m.Code).Distinct().Count() == municipalities.Count, "municipalities", "codes must be unique")
            .Require(districts.Select(d => d.Code).Distinct().Count() == districts.Count, "districts", "codes must be unique");
        var known = municipalities.Select(m => m.Code).ToHashSet();
        foreach (var district in districts.Where(d => !known.Contains(d.Municipality)))
        {
            validator.Require(false, "districts", $"{district.Code} lies in {district.Municipality}, which is not in the region");
        }
        validator.ThrowIfInvalid();
        Id = id;
        Name = name;
        Municipalities = municipalities;
        Districts = districts;
        DefaultLimits = defaultLimits;
    }

    public string Id { get; }

    public string Name { get; }

    public IReadOnlyList<Municipality> Municipalities { get; }

    public IReadOnlyList<District> Districts { get; }

    public LoadLimits DefaultLimits { get; }

    public bool Includes(MunicipalityCode code) => Municipalities.Any(m => m.Code == code);
}
