using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Geography;

public sealed record Municipality
{
    public Municipality(MunicipalityCode code, string name, int? inhabitants)
    {
        new Validator()
            .Text(name, "name")
            .InRange(inhabitants ?? 0, 0, DomainRanges.MaxMunicipalityInhabitants, "inhabitants")
            .ThrowIfInvalid();
        Code = code;
        Name = name;
        Inhabitants = inhabitants;
    }

    public MunicipalityCode Code { get; }

    public string Name { get; }

    /// <summary>Inhabitants when known; absent when no source gives a figure.</summary>
    public int? Inhabitants { get; }
}

public sealed record District
{
    public District(DistrictCode code, string name)
    {
        new Validator().Text(name, "name").ThrowIfInvalid();
        Code = code;
        Name = name;
    }

    public DistrictCode Code { get; }

    public string Name { get; }

    public MunicipalityCode Municipality => Code.Municipality;
}
