using BeschermdThuis.Matching.Simulation.Measures;

namespace BeschermdThuis.Matching.Simulation.Tests.Measures;

public sealed class EstimateTests
{
    [Fact]
    public void Of_FiveValues_UsesStudentTWithFourDegreesOfFreedom()
    {
        var estimate = Estimate.Of([1, 2, 3, 4, 5]);

        // Mean 3, sample standard deviation sqrt(2.5); t(0.975, 4) = 2.7764451 in every printed table.
        var half = 2.7764451 * Math.Sqrt(2.5) / Math.Sqrt(5);
        Assert.Equal(3, estimate.Mean!.Value, 12);
        Assert.Equal(3 - half, estimate.Low!.Value, 6);
        Assert.Equal(3 + half, estimate.High!.Value, 6);
        Assert.Equal(5, estimate.Replications);
    }

    [Fact]
    public void Of_ThirtyValues_IsWiderThanTheNormalApproximation()
    {
        var values = Enumerable.Range(1, 30).Select(v => (double?)v).ToList();

        var estimate = Estimate.Of(values);

        // t(0.975, 29) = 2.0452296, not the normal 1.96.
        var sd = Math.Sqrt(values.Sum(v => (v!.Value - 15.5) * (v.Value - 15.5)) / 29);
        Assert.Equal(2.0452296 * sd / Math.Sqrt(30), estimate.HalfWidth!.Value, 6);
    }

    [Fact]
    public void Of_UndefinedValues_AreLeftOut_AndCounted()
    {
        Assert.Equal(Estimate.Of([2, 4]), Estimate.Of([2, null, 4, null]));
        Assert.Equal(new Estimate(7, null, null, 1), Estimate.Of([null, 7]));
        Assert.Equal(Estimate.Undefined, Estimate.Of([null, null]));
        Assert.Equal(Estimate.Undefined, Estimate.Of([]));
    }

    [Fact]
    public void Of_EqualValues_GivesAnIntervalOfNoWidth()
    {
        Assert.Equal(new Estimate(5, 5, 5, 3), Estimate.Of([5, 5, 5]));
    }

    [Fact]
    public void SeparatesFrom_IsTrueOnlyWhenTheIntervalsDoNotOverlap()
    {
        var low = new Estimate(2, 1, 3, 5);

        Assert.True(low.SeparatesFrom(new Estimate(5, 3.5, 6.5, 5)));
        Assert.True(new Estimate(5, 3.5, 6.5, 5).SeparatesFrom(low));
        Assert.False(low.SeparatesFrom(new Estimate(4, 2.9, 5.1, 5)));
        Assert.False(low.SeparatesFrom(new Estimate(4, 3, 5, 5)));
        Assert.Null(low.SeparatesFrom(new Estimate(9, null, null, 1)));
        Assert.Null(low.SeparatesFrom(Estimate.Undefined));
    }
}
