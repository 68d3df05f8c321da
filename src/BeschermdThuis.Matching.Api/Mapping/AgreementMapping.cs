using BeschermdThuis.Matching.Api.Grpc;
using BeschermdThuis.Matching.Api.Mapping.Enums;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Api.Mapping;

/// <summary>Performance agreements between proto and domain. Field paths are relative to the agreement message.</summary>
public static class AgreementMapping
{
    public static readonly IReadOnlySet<string> UpdatablePaths = new HashSet<string>(StringComparer.Ordinal)
    {
        "corporation", "municipality", "start_date", "end_date", "target_units", "cap_units", "priority_group",
    };

    public static PerformanceAgreement ToAgreement(string agreementId, V1.PerformanceAgreement message) =>
        Build(agreementId, message, UpdatablePaths, null);

    public static PerformanceAgreement Apply(PerformanceAgreement current, V1.PerformanceAgreement message, IReadOnlySet<string> paths) =>
        Build(current.Id, message, paths, current);

    public static V1.PerformanceAgreement ToProto(string regionId, Versioned<PerformanceAgreement> agreement)
    {
        var message = ToProto(regionId, agreement.Value);
        message.Etag = ETags.Of(agreement.Version);
        return message;
    }

    public static V1.PerformanceAgreement ToProto(string regionId, PerformanceAgreement agreement)
    {
        var message = new V1.PerformanceAgreement
        {
            Name = ResourceNames.Agreement(regionId, agreement.Id),
            Corporation = ResourceNames.Corporation(agreement.CorporationId),
            Municipality = agreement.Municipality.Value,
            StartDate = Conversions.ToProto(agreement.Period.Start),
            EndDate = Conversions.ToProto(agreement.Period.End),
            TargetUnits = agreement.TargetUnits,
            PriorityGroup = AgreementEnums.ToProto(agreement.PriorityGroup),
        };
        if (agreement.CapUnits is { } cap)
        {
            message.CapUnits = cap;
        }
        return message;
    }

    private static PerformanceAgreement Build(string id, V1.PerformanceAgreement message, IReadOnlySet<string> paths, PerformanceAgreement? current)
    {
        var check = new ViolationCollector();
        var corporation = paths.Contains("corporation") || current is null
            ? check.Try(() => ResourceNames.ParseCorporation(message.Corporation, "corporation"), string.Empty)
            : current.CorporationId;
        var municipality = paths.Contains("municipality") || current is null
            ? check.Try(() => FieldPaths.On("municipality", () => new MunicipalityCode(message.Municipality)), default)
            : current.Municipality;
        var start = paths.Contains("start_date") || current is null
            ? check.Try(() => Conversions.ToDateOnly(message.StartDate, "start_date"), default)
            : current.Period.Start;
        var end = paths.Contains("end_date") || current is null
            ? check.Try(() => Conversions.ToDateOnly(message.EndDate, "end_date"), default)
            : current.Period.End;
        var group = paths.Contains("priority_group") || current is null
            ? check.Try(() => AgreementEnums.ToDomain(message.PriorityGroup, "priority_group"), default)
            : current.PriorityGroup;
        check.ThrowIfAny();
        var period = FieldPaths.Renamed(string.Empty, () => new DateRange(start, end), ("end", "end_date"));
        var cap = paths.Contains("cap_units") || current is null ? (message.HasCapUnits ? message.CapUnits : (int?)null) : current.CapUnits;
        return FieldPaths.Renamed(string.Empty, () => new PerformanceAgreement(
            id,
            corporation,
            municipality,
            period,
            paths.Contains("target_units") || current is null ? message.TargetUnits : current.TargetUnits,
            cap,
            group));
    }
}
