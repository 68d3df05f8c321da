using System.Diagnostics;
using BeschermdThuis.Matching.Solver.Results;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Search;

internal sealed partial class TierSearch
{
    private Outcome RunCpSat(Tier tier, long[]? hint, TimeSpan? limit, long? target, double? deterministicTime = null)
    {
        var work = tier.Budget.WorkFor(deterministicTime);
        if (limit <= TimeSpan.Zero || work <= 0 || cancellation.IsCancellationRequested)
        {
            // Not started at all: on a large model presolve alone overruns a tiny limit by about a second.
            return new Outcome(SolveStatus.Unknown, null, null, null, TimeSpan.Zero, TierMethod.Search);
        }
        var solveClock = Stopwatch.StartNew();
        model.Cp.ClearHints();
        if (hint is not null)
        {
            for (var v = 0; v < model.HintVariables.Count; v++)
            {
                model.Cp.AddHint(model.HintVariables[v], hint[v]);
            }
        }
        var parameters = SearchParameters.For(options, limit);
        if (work is { } dtime)
        {
            parameters.MaxDeterministicTime = dtime;
        }
        using var solver = new CpSolver { StringParameters = SatParametersText.Format(parameters) };
        using var callback = new ProgressCallback(tier, clock, tier.Goal is null ? null : progress);
        using var registration = cancellation.Register(solver.StopSearch);
        var status = solver.Solve(model.PeerLevels.Count > 0 ? LevelLiterals.With(model.Cp, model.PeerLevels) : model.Cp, callback);
        Work.Add(solver.Response?.DeterministicTime ?? 0);
        var reachedTarget = status == CpSolverStatus.Feasible && (long)Math.Round(solver.ObjectiveValue) >= target;
        return status switch
        {
            CpSolverStatus.Optimal or CpSolverStatus.Feasible => new Outcome(
                status == CpSolverStatus.Optimal || reachedTarget ? SolveStatus.Optimal : SolveStatus.Feasible,
                (long)Math.Round(solver.ObjectiveValue), reachedTarget ? target!.Value : (long)Math.Round(solver.BestObjectiveBound),
                [.. model.HintVariables.Select(solver.Value)], solveClock.Elapsed, TierMethod.Search),
            CpSolverStatus.Infeasible => new Outcome(SolveStatus.Infeasible, null, null, null, solveClock.Elapsed, TierMethod.Search),
            CpSolverStatus.ModelInvalid => new Outcome(SolveStatus.Unknown, null, null, null, solveClock.Elapsed, TierMethod.Search, solver.SolutionInfo()),
            _ => new Outcome(SolveStatus.Unknown, null, null, null, solveClock.Elapsed, TierMethod.Search),
        };
    }

    private long GoalValue(long[] hintValues) => ModelSolutionCheck.ObjectiveValue(Proto, model.ModelValues(hintValues));

    // A solution given as values of every model variable, as values of the hint variables.
    private long[] HintValuesOf(long[] modelValues) => [.. model.HintVariables.Select(v => modelValues[v.GetIndex()])];

    // The model variables that are non-zero in a solution given as values of the hint variables.
    private HashSet<int> Support(long[]? hintValues)
    {
        var support = new HashSet<int>();
        for (var i = 0; hintValues is not null && i < hintValues.Length; i++)
        {
            if (hintValues[i] != 0)
            {
                support.Add(model.HintVariables[i].GetIndex());
            }
        }
        return support;
    }

    private sealed class ProgressCallback(Tier tier, Stopwatch clock, Action<MatchProgress>? progress) : CpSolverSolutionCallback
    {
        public override void OnSolutionCallback()
        {
            if (tier.Goal is { } reported)
            {
                progress?.Invoke(new MatchProgress(reported, tier.Number, tier.ReportedValue((long)Math.Round(ObjectiveValue())),
                    tier.ReportedValue((long)Math.Round(BestObjectiveBound())), clock.Elapsed));
            }
        }
    }
}
