using BeschermdThuis.Matching.Api.Grpc;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Api.Mapping;

/// <summary>The region, its neighbourhoods and the load view between proto and domain.</summary>
public static class RegionMapping
{
    public static readonly IReadOnlySet<string> NeighbourhoodUpdatablePaths = new HashSet<string>(StringComparer.Ordinal)
    {
        "limits_override", "existing_protected_homes",
    };

    public static V1.Region ToProto(Region region)
    {
        var message = new V1.Region
        {
            Name = ResourceNames.Region(region.Id),
            DisplayName = region.Name,
            DefaultLimits = ToProto(region.DefaultLimits),
        };
        foreach (var municipality in region.Municipalities)
        {
            var m = new V1.Municipality { Code = municipality.Code.Value, DisplayName = municipality.Name };
            if (municipality.Inhabitants is { } inhabitants)
            {
                m.Inhabitants = inhabitants;
            }
            message.Municipalities.Add(m);
        }
        message.Districts.AddRange(region.Districts.Select(d => new V1.District { Code = d.Code.Value, DisplayName = d.Name }));
        return message;
    }

    public static V1.Neighbourhood ToProto(string regionId, Versioned<Neighbourhood> neighbourhood, LoadLimits regionDefault)
    {
        var message = ToProto(regionId, neighbourhood.Value, regionDefault);
        message.Etag = ETags.Of(neighbourhood.Version);
        return message;
    }

    public static V1.Neighbourhood ToProto(string regionId, Neighbourhood neighbourhood, LoadLimits regionDefault)
    {
        var effective = neighbourhood.EffectiveLimits(regionDefault);
        return new V1.Neighbourhood
        {
            Name = ResourceNames.Neighbourhood(regionId, neighbourhood.Code),
            Code = neighbourhood.Code.Value,
            DisplayName = neighbourhood.Name,
            Municipality = neighbourhood.Municipality.Value,
            District = neighbourhood.District.Value,
            Inhabitants = neighbourhood.Inhabitants,
            InhabitantsEstimated = neighbourhood.InhabitantsEstimated,
            ExistingProtectedHomes = neighbourhood.ExistingProtectedHomes,
            LimitsOverride = neighbourhood.LimitsOverride is { } limits ? ToProto(limits) : null,
            EffectiveLimits = ToProto(effective),
            ProtectedHomesCeiling = effective.CeilingFor(neighbourhood.Inhabitants),
            BoundaryWkt = Conversions.ToWkt(neighbourhood.Boundary),
        };
    }

    /// <summary>Takes the masked fields; paths relative to the neighbourhood message.</summary>
    public static Neighbourhood Apply(Neighbourhood current, V1.Neighbourhood message, IReadOnlySet<string> paths)
    {
        var check = new ViolationCollector();
        var limits = paths.Contains("limits_override")
            ? check.Try(() => message.LimitsOverride is null ? null : ToLimits(message.LimitsOverride, "limits_override"), current.LimitsOverride)
            : current.LimitsOverride;
        check.ThrowIfAny();
        return FieldPaths.Renamed(string.Empty, () => new Neighbourhood(
            current.Code,
            current.Name,
            current.Boundary,
            current.Inhabitants,
            current.InhabitantsEstimated,
            paths.Contains("existing_protected_homes") ? message.ExistingProtectedHomes : current.ExistingProtectedHomes,
            limits));
    }

    public static V1.RegionLoad ToProto(RegionLoad load)
    {
        var message = new V1.RegionLoad
        {
            Name = ResourceNames.RegionLoad(load.RegionId),
            TotalAvailableUnits = load.AvailableUnits,
            TotalWaitingClients = load.WaitingClients,
            TotalExistingProtectedHomes = load.Neighbourhoods.Sum(n => n.ExistingProtectedHomes),
        };
        message.Neighbourhoods.AddRange(load.Neighbourhoods.Select(n => new V1.NeighbourhoodLoad
        {
            Neighbourhood = ResourceNames.Neighbourhood(load.RegionId, n.Code),
            Municipality = n.Code.Municipality.Value,
            Inhabitants = n.Inhabitants,
            ExistingProtectedHomes = n.ExistingProtectedHomes,
            ProtectedHomesCeiling = n.ProtectedHomesCeiling,
            NewPlacementsPerPeriod = n.NewPlacementsPerPeriod,
            AvailableUnits = n.AvailableUnits,
            WaitingClientsWishing = n.WaitingClientsWishing,
        }));
        return message;
    }

    private static V1.LoadLimits ToProto(LoadLimits limits) => new()
    {
        NewPlacementsPerPeriod = limits.NewPlacementsPerPeriod,
        MaxProtectedHomesPerThousand = (double)limits.MaxProtectedHomesPerThousandInhabitants,
    };

    private static LoadLimits ToLimits(V1.LoadLimits limits, string prefix)
    {
        var perThousand = FieldPaths.On($"{prefix}.max_protected_homes_per_thousand", () => Conversions.ToDecimal(limits.MaxProtectedHomesPerThousand, "max"));
        return FieldPaths.Renamed(prefix, () => new LoadLimits(limits.NewPlacementsPerPeriod, perThousand));
    }
}
