using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Tests.Geography;

public sealed class RegionTests
{
    private static readonly Municipality Nijmegen = new(new MunicipalityCode("GM0268"), "Nijmegen", 187_011);
    private static readonly LoadLimits Limits = new(2, 3m);

    [Fact]
    public void Construction_EveryWrongField_IsNamed() =>
        Assert.Equal(["region_id", "name", "municipalities"], Violations.FieldsOf(() => _ = new Region("Regio!", "", [], [], Limits)));

    [Fact]
    public void Construction_DuplicateCodes_AreNamed() =>
        Assert.Equal(
            ["municipalities", "districts"],
            Violations.FieldsOf(() => _ = new Region(
                "regio-nijmegen", "Rijk van Nijmegen", [Nijmegen, Nijmegen],
                [new District(new DistrictCode("WK026801"), "Centrum"), new District(new DistrictCode("WK026801"), "Centrum")], Limits)));

    [Fact]
    public void Construction_DistrictOutsideTheMunicipalities_NamesDistricts()
    {
        var e = Assert.Throws<Domain.Common.DomainValidationException>(() => _ = new Region(
            "regio-nijmegen", "Rijk van Nijmegen", [Nijmegen], [new District(new DistrictCode("WK029601"), "Wijchen")], Limits));
        var violation = Assert.Single(e.Violations);
        Assert.Equal("districts", violation.Field);
        Assert.Contains("WK029601", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Includes_OnlyItsOwnMunicipalities()
    {
        var region = new Region("regio-nijmegen", "Rijk van Nijmegen", [Nijmegen], [], Limits);
        Assert.True(region.Includes(new MunicipalityCode("GM0268")));
        Assert.False(region.Includes(new MunicipalityCode("GM0296")));
    }
}

public sealed class MunicipalityTests
{
    [Fact]
    public void Construction_EveryWrongField_IsNamed() =>
        Assert.Equal(["name", "inhabitants"], Violations.FieldsOf(() => _ = new Municipality(new MunicipalityCode("GM0268"), "", -5)));

    [Fact]
    public void Construction_UnknownInhabitants_IsAllowed() =>
        Assert.Null(new Municipality(new MunicipalityCode("GM0944"), "Mook en Middelaar", null).Inhabitants);
}

public sealed class DistrictTests
{
    [Fact]
    public void Construction_EmptyName_NamesName() =>
        Assert.Equal(["name"], Violations.FieldsOf(() => _ = new District(new DistrictCode("WK026801"), " ")));

    [Fact]
    public void Municipality_FollowsTheCode() =>
        Assert.Equal(new MunicipalityCode("GM0268"), new District(new DistrictCode("WK026801"), "Stadscentrum").Municipality);
}
