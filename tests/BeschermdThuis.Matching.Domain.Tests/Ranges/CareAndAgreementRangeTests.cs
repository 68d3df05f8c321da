using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using static BeschermdThuis.Matching.Domain.Tests.Ranges.ClientRangeTests;

namespace BeschermdThuis.Matching.Domain.Tests.Ranges;

public sealed class CareAndAgreementRangeTests
{
    private static readonly ServiceArea Nijmegen = new([new MunicipalityCode("GM0268")], null);
    private static readonly DateRange Year2026 = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(DomainRanges.MaxCaseload, true)]
    [InlineData(DomainRanges.MaxCaseload + 1, false)]
    public void CaseloadCapacity_Bounds(int capacity, bool accepted) =>
        AssertBound(accepted, "caseload_capacity", () => _ = new CareTeam("fact-oost", "Provider", Nijmegen, new GeoPoint(5.86, 51.84), capacity, 0));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(DomainRanges.MaxCaseload, true)]
    [InlineData(DomainRanges.MaxCaseload + 1, false)]
    public void CurrentCaseload_Bounds(int current, bool accepted) =>
        AssertBound(accepted, "current_caseload", () => _ = new CareTeam("fact-oost", "Provider", Nijmegen, new GeoPoint(5.86, 51.84), 0, current));

    [Theory]
    [InlineData(DomainRanges.MaxServiceAreaMunicipalities, true)]
    [InlineData(DomainRanges.MaxServiceAreaMunicipalities + 1, false)]
    public void ServiceAreaMunicipalities_Count(int count, bool accepted) =>
        AssertBound(accepted, "service_area.municipalities",
            () => _ = new ServiceArea([.. Enumerable.Range(1, count).Select(i => new MunicipalityCode($"GM{i:0000}"))], null));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(DomainRanges.MaxAgreementUnits, true)]
    [InlineData(DomainRanges.MaxAgreementUnits + 1, false)]
    public void TargetUnits_Bounds(int target, bool accepted) =>
        AssertBound(accepted, "target_units", () => _ = Agreement(target, null));

    [Theory]
    [InlineData(DomainRanges.MaxAgreementUnits, true)]
    [InlineData(DomainRanges.MaxAgreementUnits + 1, false)]
    [InlineData(int.MaxValue, false)]
    public void CapUnits_Bounds(int cap, bool accepted) =>
        AssertBound(accepted, "cap_units", () => _ = Agreement(0, cap));

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-1)]
    [InlineData(3)]
    public void PriorityGroup_Unknown_NamesPriorityGroup(int group) =>
        Assert.Equal(["priority_group"], Violations.FieldsOf(() => _ = new PerformanceAgreement(
            "pa-1", "waalboog", new MunicipalityCode("GM0268"), Year2026, 1, null, (PriorityGroup)group)));

    private static PerformanceAgreement Agreement(int target, int? cap) =>
        new("pa-1", "waalboog", new MunicipalityCode("GM0268"), Year2026, target, cap, PriorityGroup.Any);
}
