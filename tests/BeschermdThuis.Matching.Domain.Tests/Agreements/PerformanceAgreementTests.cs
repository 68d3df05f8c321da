using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Tests.Agreements;

public sealed class PerformanceAgreementTests
{
    private static readonly DateRange Year2026 = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

    [Fact]
    public void Construction_EveryWrongField_IsNamed() =>
        Assert.Equal(
            ["agreement_id", "corporation", "target_units", "priority_group"],
            Violations.FieldsOf(() => _ = new PerformanceAgreement("PA 1", "", new MunicipalityCode("GM0268"), Year2026, -1, null, (PriorityGroup)9)));

    [Fact]
    public void Construction_CapBelowTarget_NamesCapUnits() =>
        Assert.Equal(["cap_units"], Violations.FieldsOf(() => _ = new PerformanceAgreement("pa-1", "waalboog", new MunicipalityCode("GM0268"), Year2026, 5, 4, PriorityGroup.Any)));

    [Fact]
    public void Construction_CapEqualToTarget_IsAccepted() =>
        Assert.Equal(5, new PerformanceAgreement("pa-1", "waalboog", new MunicipalityCode("GM0268"), Year2026, 5, 5, PriorityGroup.ProtectedHousingOutflow).CapUnits);
}
