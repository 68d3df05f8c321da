using BeschermdThuis.Matching.Api.Grpc;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Api.Mapping;

/// <summary>Care teams between proto and domain. Field paths are relative to the care team message.</summary>
public static class CareTeamMapping
{
    public static readonly IReadOnlySet<string> UpdatablePaths = new HashSet<string>(StringComparer.Ordinal)
    {
        "provider", "service_area", "base", "caseload_capacity", "current_caseload",
    };

    public static CareTeam ToCareTeam(string teamId, V1.CareTeam team)
    {
        var check = new ViolationCollector();
        var area = check.Try(() => ToServiceArea(team.ServiceArea), null);
        var @base = check.Try(() => Conversions.ToGeoPoint(team.Base, "base"), default);
        check.ThrowIfAny();
        return New(teamId, team.Provider, area!, @base, team.CaseloadCapacity, team.CurrentCaseload);
    }

    public static CareTeam Apply(CareTeam current, V1.CareTeam team, IReadOnlySet<string> paths)
    {
        var check = new ViolationCollector();
        var area = paths.Contains("service_area") ? check.Try(() => ToServiceArea(team.ServiceArea), current.ServiceArea) : current.ServiceArea;
        var @base = paths.Contains("base") ? check.Try(() => Conversions.ToGeoPoint(team.Base, "base"), current.Base) : current.Base;
        check.ThrowIfAny();
        return New(
            current.Id,
            paths.Contains("provider") ? team.Provider : current.Provider,
            area,
            @base,
            paths.Contains("caseload_capacity") ? team.CaseloadCapacity : current.CaseloadCapacity,
            paths.Contains("current_caseload") ? team.CurrentCaseload : current.CurrentCaseload);
    }

    public static V1.CareTeam ToProto(string regionId, Versioned<CareTeam> team)
    {
        var message = ToProto(regionId, team.Value);
        message.Etag = ETags.Of(team.Version);
        return message;
    }

    public static V1.CareTeam ToProto(string regionId, CareTeam team)
    {
        var message = new V1.CareTeam
        {
            Name = ResourceNames.CareTeam(regionId, team.Id),
            Provider = team.Provider,
            ServiceArea = new V1.ServiceArea { AreaWkt = Conversions.ToWkt(team.ServiceArea.Area) },
            Base = Conversions.ToProto(team.Base),
            CaseloadCapacity = team.CaseloadCapacity,
            CurrentCaseload = team.CurrentCaseload,
            FreeCaseload = team.FreeCaseload,
        };
        message.ServiceArea.Municipalities.AddRange(team.ServiceArea.Municipalities.Select(m => m.Value));
        return message;
    }

    private static CareTeam New(string id, string provider, ServiceArea area, Domain.Geography.GeoPoint @base, int capacity, int caseload) =>
        FieldPaths.Renamed(string.Empty, () => new CareTeam(id, provider, area, @base, capacity, caseload));

    private static ServiceArea ToServiceArea(V1.ServiceArea? area)
    {
        if (area is null)
        {
            throw new Domain.Common.DomainValidationException("service_area", "is required: municipalities or an area");
        }
        var check = new ViolationCollector();
        var municipalities = area.Municipalities
            .Select((code, i) => check.Try(() => FieldPaths.On($"service_area.municipalities[{i}]", () => new MunicipalityCode(code)), default))
            .ToList();
        var geometry = check.Try(() => Conversions.ToGeometry(area.AreaWkt, "service_area.area_wkt"), null);
        check.ThrowIfAny();
        return FieldPaths.Renamed(string.Empty, () => new ServiceArea(municipalities, geometry), ("service_area.area", "service_area.area_wkt"));
    }
}
