using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Solver.Eligibility;

/// <summary>
/// What the rules read: the problem, its clients, units and neighbourhoods as arrays, and the move window in day
/// numbers. Built once per <see cref="EligibilityIndex"/>; immutable and safe to share between threads.
/// </summary>
internal sealed class EligibilityFacts
{
    public EligibilityFacts(MatchProblem problem)
    {
        Problem = problem;
        Neighbourhoods = new NeighbourhoodFacts(problem);
        Units = new UnitFacts(problem, Neighbourhoods);
        Clients = new ClientFacts(problem, Neighbourhoods, Units);
        PeriodEnd = problem.Period.End.DayNumber;
        Today = problem.Today.DayNumber;
        DaysBefore = problem.Options.Policy.Availability.MaxDaysBeforeReadiness;
        DaysAfter = problem.Options.Policy.Availability.MaxDaysAfterReadiness;
    }

    public MatchProblem Problem { get; }

    public UnitFacts Units { get; }

    public ClientFacts Clients { get; }

    public NeighbourhoodFacts Neighbourhoods { get; }

    public int PeriodEnd { get; }

    public int Today { get; }

    public int DaysBefore { get; }

    public int DaysAfter { get; }

    public int ClientCount => Problem.Clients.Count;

    public int UnitCount => Problem.Units.Count;

    /// <summary>True when the client's current care team covers the unit, so the team goes on and no new caseload is needed.</summary>
    public bool KeepsOwnTeam(int client, int unit)
    {
        var team = Clients.Team[client];
        return team >= 0 && Bits.Test(Units.Teams[unit], team);
    }

    public static double Distance(double x1, double y1, double x2, double y2) => Math.Sqrt((x1 - x2) * (x1 - x2) + (y1 - y2) * (y1 - y2));
}
