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
        "limits_override", "existing_protected_homes", "inhabitants", "inhabitants_source",
    };

    public static readonly IReadOnlySet<string> SettingsUpdatablePaths = new HashSet<string>(StringComparer.Ordinal) { "default_limits" };

    public static V1.RegionSettings ToProto(string regionId, Versioned<LoadLimits> settings) => new()
    {
        Name = ResourceNames.RegionSettings(regionId),
        DefaultLimits = ToProto(settings.Value),
        Etag = ETags.Of(settings.Version),
    };

    /// <summary>Takes the masked fields of the settings (only <c>default_limits</c>); a missing value is a violation, not "clear".</summary>
    public static LoadLimits Apply(LoadLimits current, V1.RegionSettings message, IReadOnlySet<string> paths) =>
        !paths.Contains("default_limits") ? current
        : message.DefaultLimits is null ? throw new Domain.Common.DomainValidationException("default_limits", "is required: the region always has default limits")
        : ToLimits(message.DefaultLimits, "default_limits");

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
            InhabitantsSource = new V1.InhabitantsSource
            {
                Kind = neighbourhood.InhabitantsEstimated ? V1.InhabitantsSource.Types.Kind.Estimated : V1.InhabitantsSource.Types.Kind.CbsKerncijfers,
                Year = neighbourhood.InhabitantsCountYear ?? 0,
            },
        };
    }

    /// <summary>Takes the masked fields; paths relative to the neighbourhood message.</summary>
    public static Neighbourhood Apply(Neighbourhood current, V1.Neighbourhood message, IReadOnlySet<string> paths)
    {
        var check = new ViolationCollector();
        var limits = paths.Contains("limits_override")
            ? check.Try(() => message.LimitsOverride is null ? null : ToLimits(message.LimitsOverride, "limits_override"), current.LimitsOverride)
            : current.LimitsOverride;
        if (paths.Contains("inhabitants") != paths.Contains("inhabitants_source"))
        {
            check.Add(paths.Contains("inhabitants") ? "inhabitants_source" : "inhabitants",
                "inhabitants and inhabitants_source change together: name both in update_mask, so the count's source is recorded");
        }
        var cbsYear = paths.Contains("inhabitants_source") ? check.Try(() => ToCbsYear(message.InhabitantsSource), null) : current.InhabitantsCountYear;
        check.ThrowIfAny();
        var (inhabitants, estimated) = paths.Contains("inhabitants")
            ? (message.Inhabitants, cbsYear is null)
            : (current.Inhabitants, current.InhabitantsEstimated);
        return FieldPaths.Renamed(string.Empty, () => new Neighbourhood(
            current.Code,
            current.Name,
            current.Boundary,
            inhabitants,
            estimated,
            paths.Contains("existing_protected_homes") ? message.ExistingProtectedHomes : current.ExistingProtectedHomes,
            limits,
            cbsYear));
    }

    /// <summary>The CBS year of the source, or null for an estimate.</summary>
    private static int? ToCbsYear(V1.InhabitantsSource? source) => source?.Kind switch
    {
        V1.InhabitantsSource.Types.Kind.Estimated when source.Year == 0 => null,
        V1.InhabitantsSource.Types.Kind.Estimated => throw new Domain.Common.DomainValidationException("inhabitants_source.year", "an estimate has no CBS year: leave it 0"),
        V1.InhabitantsSource.Types.Kind.CbsKerncijfers => source.Year,
        _ => throw new Domain.Common.DomainValidationException("inhabitants_source.kind", "is required: ESTIMATED or CBS_KERNCIJFERS (with its year)"),
    };

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
