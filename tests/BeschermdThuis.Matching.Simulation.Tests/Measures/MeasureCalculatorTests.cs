using BeschermdThuis.Matching.Simulation.Measures;
using static BeschermdThuis.Matching.Simulation.Measures.MeasureIds;

namespace BeschermdThuis.Matching.Simulation.Tests.Measures;

public sealed class MeasureCalculatorTests
{
    private static readonly ReplicationMeasures Measured = MeasureCalculator.Measure(TwoWeekTrace.Build());

    /// <summary>Every value worked out by hand from the story in <see cref="TwoWeekTrace"/>; null: undefined.</summary>
    public static TheoryData<string, string?, double?, double?, double?> Expected => new()
    {
        { Arrivals, null, 4, 3, 1 },
        { UnitsOffered, null, 4, 3, 1 },
        { Housed, null, 2, 1, 1 },
        { Waiting, null, 2, 2, 2 },
        { UnitsLeft, null, 2, 2, 2 },
        // c1 (moved 4 days after readiness), c2 and c4 were past readiness without a home at some point; c3 never.
        { PastReadinessPeople, null, 3, 1, 1 },
        // Week 1: c2 on 9-11 Jan (c1's days fell before the horizon). Week 2: c2 on 12-13 Jan, c4 on 12-18 Jan.
        { PastReadinessDays, null, 12, 3, 9 },
        { WaitMean, null, 5, 4, 6 },
        { WaitMedian, null, 5, 4, 6 },
        { WaitP90, null, 5.8, 4, 6 },
        { FirstWishShare, null, 50, 100, 0 },
        { StableTenancyShare, null, 50, 100, 0 },
        { NeighbourhoodPlacements, "BU02680001", 2, 1, 1 },
        { NeighbourhoodPlacements, "BU02960001", 0, 0, 0 },
        { NeighbourhoodPeriodLimitShare, "BU02680001", 50, 50, 50 },
        { NeighbourhoodPeriodLimitShare, "BU02960001", null, null, null },
        { NeighbourhoodLoadShare, "BU02680001", 60, 50, 60 },
        { NeighbourhoodLoadShare, "BU02960001", null, null, null },
        { HighestLoadShare, null, 60, 50, 60 },
        // BU02960001 (ceiling 0) is at its ceiling from the start, and u3, left in it, can never be taken; BU02680001 ends at 6 of 10.
        { NeighbourhoodsAtCeiling, null, 1, 1, 1 },
        { UnitsLeftAtCeiling, null, 1, 1, 1 },
        { CorporationQuota, "waalboog", 50, 25, 50 },
        { CorporationQuota, "maasheggen", 0, 0, 0 },
        { MunicipalityQuota, "GM0268", 50, 25, 50 },
        { MunicipalityQuota, "GM0296", 0, 0, 0 },
        { WaitByMunicipality, "GM0268", 5, 4, 6 },
        { WaitByMunicipality, "GM0296", null, null, null },
        { HousedShareByMunicipality, "GM0268", 100, 50, 100 },
        { HousedShareByMunicipality, "GM0296", 0, 0, 0 },
        { WaitByHouseholdSize, "1", 4, 4, null },
        { WaitByHouseholdSize, "2", 6, null, 6 },
        { HousedShareByHouseholdSize, "1", 100.0 / 3, 50, 0 },
        { HousedShareByHouseholdSize, "2", 100, 0, 100 },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Measure_HandWorkedTrace_GivesTheWorkedValues(string measure, string? subject, double? total, double? week1, double? week2)
    {
        var values = Assert.Single(Measured.Values, v => v.MeasureId == measure && v.Subject == subject);

        AssertClose(total, values.Total);
        Assert.Equal(2, values.PerPeriod.Count);
        AssertClose(week1, values.PerPeriod[0]);
        AssertClose(week2, values.PerPeriod[1]);
    }

    [Fact]
    public void Measure_CoversEveryMeasureOfTheCatalog_AndOnlyThose()
    {
        Assert.Equal(MeasureCatalog.All.Select(m => m.Id).Order(), Measured.Values.Select(v => v.MeasureId).Distinct().Order());
        Assert.All(Measured.Values, v => Assert.Equal(MeasureCatalog.Get(v.MeasureId).Subject == MeasureSubject.None, v.Subject is null));
        Assert.Equal(Measured.Values.Count, Measured.Values.Select(v => (v.MeasureId, v.Subject)).Distinct().Count());
    }

    [Fact]
    public void Measure_EqualTraces_GiveEqualMeasures()
    {
        Assert.Equal(Measured, MeasureCalculator.Measure(TwoWeekTrace.Build()));
        Assert.Equal(1, Measured.Seed);
    }

    [Fact]
    public void Catalog_IdsAreUnique_AndEveryMeasureIsExplained()
    {
        Assert.Equal(MeasureCatalog.All.Count, MeasureCatalog.All.Select(m => m.Id).Distinct().Count());
        Assert.All(MeasureCatalog.All, m =>
        {
            Assert.Matches("^[a-z0-9_.]+$", m.Id);
            Assert.False(string.IsNullOrWhiteSpace(m.Name));
            Assert.Contains(m.Unit, Units);
            Assert.True(m.Explanation.Length > 40, m.Id);
        });
    }

    private static readonly string[] Units = ["people", "units", "neighbourhoods", "days", "%"];

    private static void AssertClose(double? expected, double? actual)
    {
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }
        Assert.NotNull(actual);
        Assert.Equal(expected.Value, actual.Value, 9);
    }
}
