using BeschermdThuis.Matching.Application.Matching;

namespace BeschermdThuis.Matching.Application.Tests;

public sealed class SolverBudgetTests
{
    [Fact]
    public void TimeLimit_NoDeadline_IsTheRequestedLimit()
    {
        Assert.Equal(TimeSpan.FromSeconds(20), SolverBudget.TimeLimit(TimeSpan.FromSeconds(20), null));
        Assert.Null(SolverBudget.TimeLimit(null, null));
    }

    [Fact]
    public void TimeLimit_DeadlineShorterThanTheLimit_LeavesAReserveBeforeTheDeadline()
    {
        var limit = SolverBudget.TimeLimit(TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(6));

        Assert.Equal(TimeSpan.FromSeconds(3.6), limit);
    }

    [Fact]
    public void TimeLimit_DeadlineLongerThanTheLimit_KeepsTheLimit()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), SolverBudget.TimeLimit(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void TimeLimit_LongDeadline_ReserveCappedAndLimitAtMostTwoHours()
    {
        Assert.Equal(TimeSpan.FromSeconds(55), SolverBudget.TimeLimit(null, TimeSpan.FromMinutes(1)));
        Assert.Equal(SolverBudget.MaxTimeLimit, SolverBudget.TimeLimit(null, TimeSpan.FromDays(1)));
    }

    [Fact]
    public void TimeLimit_DeadlineAlmostGone_StillGivesTheSolverAMoment()
    {
        Assert.Equal(SolverBudget.MinSolverTime, SolverBudget.TimeLimit(null, TimeSpan.FromSeconds(2)));
        Assert.Equal(SolverBudget.MinSolverTime, SolverBudget.TimeLimit(null, TimeSpan.FromSeconds(-1)));
    }
}
