using System.Text.Json;
using System.Text.Json.Serialization;

namespace BeschermdThuis.Matching.DemoRegion.Loading;

/// <summary>How buurt inhabitants are estimated from the municipal total.</summary>
public enum InhabitantsWeight
{
    /// <summary>In proportion to the square root of the buurt's area in km².</summary>
    SqrtArea = 1,

    /// <summary>Equal shares for every buurt of the municipality.</summary>
    Equal = 2,
}

/// <summary>An explicitly labelled estimate of a municipality's inhabitants where the data has no figure.</summary>
public sealed record MunicipalInhabitantsEstimate(string Municipality, int Inhabitants, string Note);

/// <summary>The demo region's settings file (<c>Data/regio-nijmegen/demo-settings.json</c>).</summary>
public sealed record DemoSettings(
    string RegionId,
    string RegionName,
    int NewPlacementsPerPeriod,
    decimal MaxProtectedHomesPerThousandInhabitants,
    InhabitantsWeight NeighbourhoodInhabitantsWeight,
    IReadOnlyList<MunicipalInhabitantsEstimate> MunicipalInhabitantsEstimates,
    string Attribution)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static DemoSettings Parse(string json)
    {
        var dto = JsonSerializer.Deserialize<FileDto>(json, Options)
            ?? throw new FormatException("the demo settings file is empty");
        if (dto.DefaultLimits is null || dto.NeighbourhoodInhabitants is null || dto.RegionId is null || dto.RegionName is null)
        {
            throw new FormatException("the demo settings need regionId, regionName, defaultLimits and neighbourhoodInhabitants");
        }
        return new DemoSettings(
            dto.RegionId,
            dto.RegionName,
            dto.DefaultLimits.NewPlacementsPerPeriod,
            dto.DefaultLimits.MaxProtectedHomesPerThousandInhabitants,
            dto.NeighbourhoodInhabitants.Weight,
            dto.MunicipalInhabitantsEstimates ?? [],
            dto.Attribution ?? string.Empty);
    }

    private sealed record FileDto(
        string? RegionId,
        string? RegionName,
        LimitsDto? DefaultLimits,
        InhabitantsDto? NeighbourhoodInhabitants,
        List<MunicipalInhabitantsEstimate>? MunicipalInhabitantsEstimates,
        string? Attribution);

    private sealed record LimitsDto(int NewPlacementsPerPeriod, decimal MaxProtectedHomesPerThousandInhabitants);

    private sealed record InhabitantsDto(InhabitantsWeight Weight);
}
