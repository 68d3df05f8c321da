using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Domain.Agreements;

/// <summary>
/// A priority group (aandachtsgroep) a quota is for. The guide advises shared quotas across groups; a quota
/// without a group counts every placement through this service.
/// </summary>
public enum PriorityGroup
{
    /// <summary>Any group: the shared quota.</summary>
    Any = 0,

    /// <summary>People leaving protected housing (uitstroom beschermd wonen).</summary>
    ProtectedHousingOutflow = 1,

    /// <summary>People leaving shelter (maatschappelijke opvang).</summary>
    ShelterOutflow = 2,
}

/// <summary>
/// A performance agreement (prestatieafspraak): the corporation commits <see cref="TargetUnits"/> units in the
/// municipality during the period, optionally for one priority group, optionally with a cap above which the
/// corporation does not want to go.
/// </summary>
public sealed record PerformanceAgreement
{
    public PerformanceAgreement(
        string id,
        string corporationId,
        MunicipalityCode municipality,
        DateRange period,
        int targetUnits,
        int? capUnits,
        PriorityGroup priorityGroup)
    {
        new Validator()
            .Id(id, "agreement_id")
            .Id(corporationId, "corporation")
            .InRange(targetUnits, 0, DomainRanges.MaxAgreementUnits, "target_units")
            .Require(capUnits is null || capUnits >= targetUnits, "cap_units", "must not be below target_units")
            .InRange(capUnits ?? 0, 0, DomainRanges.MaxAgreementUnits, "cap_units")
            .Require(Enum.IsDefined(priorityGroup), "priority_group", "must be a known priority group")
            .ThrowIfInvalid();
        Id = id;
        CorporationId = corporationId;
        Municipality = municipality;
        Period = period;
        TargetUnits = targetUnits;
        CapUnits = capUnits;
        PriorityGroup = priorityGroup;
    }

    public string Id { get; }

    public string CorporationId { get; }

    public MunicipalityCode Municipality { get; }

    public DateRange Period { get; }

    public int TargetUnits { get; }

    public int? CapUnits { get; }

    public PriorityGroup PriorityGroup { get; }

    /// <summary>True when a placement in <paramref name="unit"/> counts under this agreement: the corporation's unit in the municipality.</summary>
    public bool Covers(HousingUnit unit) => unit.CorporationId == CorporationId && unit.Neighbourhood.Municipality == Municipality;
}
