using BeschermdThuis.Matching.Application.Matching;

namespace BeschermdThuis.Matching.Application.Tests;

/// <summary>The reserve after the solver grows with what loading and indexing took, within its ceiling.</summary>
public sealed class SolverBudgetReserveTests
{
    [Fact]
    public void TimeLimit_SlowLoad_ReservesAsMuchForExplainingAndStoring()
    {
        Assert.Equal(TimeSpan.FromSeconds(3.5), SolverBudget.TimeLimit(null, TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(0.5)));
        Assert.Equal(TimeSpan.FromSeconds(3.6), SolverBudget.TimeLimit(null, TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(0.1)));
        Assert.Equal(TimeSpan.FromSeconds(1), SolverBudget.TimeLimit(null, TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(4)));
    }

    [Fact]
    public void TimeLimit_VerySlowLoad_ReserveStaysAtItsCeiling()
    {
        Assert.Equal(TimeSpan.FromSeconds(55), SolverBudget.TimeLimit(null, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(30)));
    }
}
