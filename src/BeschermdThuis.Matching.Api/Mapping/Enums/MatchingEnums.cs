using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Solver.Results;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Api.Mapping.Enums;

/// <summary>
/// The match run's enums between proto and solver, value by value. Only the goal comes in (the tier order of a
/// request); a proto goal the solver does not know is bad input on the named field, a solver value the proto does
/// not know is a bug.
/// </summary>
public static class MatchingEnums
{
    public static MatchGoal ToDomain(V1.MatchGoal goal, string field) => goal switch
    {
        V1.MatchGoal.Housing => MatchGoal.Housing,
        V1.MatchGoal.Wishes => MatchGoal.Wishes,
        V1.MatchGoal.Recovery => MatchGoal.Recovery,
        V1.MatchGoal.Stability => MatchGoal.Stability,
        V1.MatchGoal.Spread => MatchGoal.Spread,
        _ => throw new DomainValidationException(field, $"'{goal}' is not a known goal: housing, wishes, recovery, stability or spread"),
    };

    public static V1.MatchGoal ToProto(MatchGoal goal) => goal switch
    {
        MatchGoal.Housing => V1.MatchGoal.Housing,
        MatchGoal.Wishes => V1.MatchGoal.Wishes,
        MatchGoal.Recovery => V1.MatchGoal.Recovery,
        MatchGoal.Stability => V1.MatchGoal.Stability,
        MatchGoal.Spread => V1.MatchGoal.Spread,
        _ => throw new ArgumentOutOfRangeException(nameof(goal), goal, "not a match goal"),
    };

    public static V1.MatchStatus ToProto(SolveStatus status) => status switch
    {
        SolveStatus.Optimal => V1.MatchStatus.Optimal,
        SolveStatus.Feasible => V1.MatchStatus.Feasible,
        SolveStatus.Infeasible => V1.MatchStatus.Infeasible,
        SolveStatus.Unknown => V1.MatchStatus.Unknown,
        SolveStatus.NotSolved => V1.MatchStatus.NotSolved,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a solve status"),
    };

    public static V1.TierMethod ToProto(TierMethod method) => method switch
    {
        TierMethod.Relaxation => V1.TierMethod.Relaxation,
        TierMethod.Diving => V1.TierMethod.Diving,
        TierMethod.RelaxationSupport => V1.TierMethod.RelaxationSupport,
        TierMethod.Search => V1.TierMethod.Search,
        TierMethod.Flow => V1.TierMethod.Flow,
        TierMethod.EarlierGoal => V1.TierMethod.EarlierGoal,
        TierMethod.LevelBranching => V1.TierMethod.LevelBranching,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "not a tier method"),
    };

    public static V1.MatchRunView ToProto(MatchRunVisibility visibility) => visibility switch
    {
        MatchRunVisibility.Full => V1.MatchRunView.Full,
        MatchRunVisibility.Municipality => V1.MatchRunView.Municipality,
        MatchRunVisibility.Aggregates => V1.MatchRunView.Aggregates,
        _ => throw new ArgumentOutOfRangeException(nameof(visibility), visibility, "not a match run visibility"),
    };
}
