using BeschermdThuis.Matching.Api.Grpc;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Api.Mapping;

/// <summary>The region's housing corporations between proto and domain.</summary>
public static class CorporationMapping
{
    public static readonly IReadOnlySet<string> UpdatablePaths = new HashSet<string>(StringComparer.Ordinal) { "display_name", "municipalities" };

    public static V1.HousingCorporation ToProto(string regionId, Versioned<HousingCorporation> corporation)
    {
        var message = new V1.HousingCorporation
        {
            Name = ResourceNames.RegionCorporation(regionId, corporation.Value.Id),
            DisplayName = corporation.Value.Name,
            Etag = ETags.Of(corporation.Version),
        };
        message.Municipalities.AddRange(corporation.Value.Municipalities.Select(m => m.Value));
        return message;
    }

    public static HousingCorporation ToCorporation(string corporationId, V1.HousingCorporation message)
    {
        var check = new ViolationCollector();
        IReadOnlyList<MunicipalityCode> municipalities = check.Try(() => ToMunicipalities(message.Municipalities), []);
        check.ThrowIfAny();
        return FieldPaths.Renamed(string.Empty, () => new HousingCorporation(corporationId, message.DisplayName, municipalities));
    }

    /// <summary>Takes the masked fields; paths relative to the corporation message.</summary>
    public static HousingCorporation Apply(HousingCorporation current, V1.HousingCorporation message, IReadOnlySet<string> paths)
    {
        var check = new ViolationCollector();
        var municipalities = paths.Contains("municipalities")
            ? check.Try<IReadOnlyList<MunicipalityCode>>(() => ToMunicipalities(message.Municipalities), current.Municipalities)
            : current.Municipalities;
        check.ThrowIfAny();
        return FieldPaths.Renamed(string.Empty, () => new HousingCorporation(
            current.Id, paths.Contains("display_name") ? message.DisplayName : current.Name, municipalities));
    }

    private static List<MunicipalityCode> ToMunicipalities(IReadOnlyList<string> codes)
    {
        var check = new ViolationCollector();
        var parsed = codes.Select((code, i) => check.Try(() => FieldPaths.On($"municipalities[{i}]", () => new MunicipalityCode(code)), default)).ToList();
        check.ThrowIfAny();
        return parsed;
    }
}
