using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Geography;

public enum AreaLevel
{
    Neighbourhood = 1,
    District = 2,
    Municipality = 3,
}

/// <summary>
/// An area at one of the three CBS levels, named by its code. Used for wishes ("somewhere in Nijmegen-Oost")
/// and for exclusion zones ("not in the neighbourhood of origin").
/// </summary>
public sealed record AreaRef
{
    private AreaRef(AreaLevel level, string code)
    {
        Level = level;
        Code = code;
    }

    public AreaLevel Level { get; }

    public string Code { get; }

    /// <summary>Reads the level from the code's prefix (GM, WK or BU).</summary>
    public static AreaRef Parse(string? code)
    {
        if (MunicipalityCode.IsValid(code))
        {
            return new AreaRef(AreaLevel.Municipality, code!);
        }
        if (DistrictCode.IsValid(code))
        {
            return new AreaRef(AreaLevel.District, code!);
        }
        if (NeighbourhoodCode.IsValid(code))
        {
            return new AreaRef(AreaLevel.Neighbourhood, code!);
        }
        throw new DomainValidationException("code", $"{FreeText.Quote(code)} is not a CBS area code (GM…, WK… or BU…)");
    }

    public static AreaRef Of(NeighbourhoodCode code) => new(AreaLevel.Neighbourhood, code.Value);

    public static AreaRef Of(DistrictCode code) => new(AreaLevel.District, code.Value);

    public static AreaRef Of(MunicipalityCode code) => new(AreaLevel.Municipality, code.Value);

    /// <summary>True when the neighbourhood lies in this area; CBS codes nest, so the prefix decides.</summary>
    public bool Contains(NeighbourhoodCode neighbourhood) => Level switch
    {
        AreaLevel.Neighbourhood => neighbourhood.Value == Code,
        AreaLevel.District => neighbourhood.District.Value == Code,
        AreaLevel.Municipality => neighbourhood.Municipality.Value == Code,
        _ => false,
    };

    public override string ToString() => Code;
}
