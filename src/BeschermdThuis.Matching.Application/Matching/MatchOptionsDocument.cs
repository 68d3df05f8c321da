using System.Text.Json;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Application.Matching;

/// <summary>
/// The options of a stored run as applied: the input's scope (period, as-of day, rent year) and the solver settings,
/// with the full policy, so the run can be rebuilt (WhyNot) and its input hash checked.
/// <see cref="TimeLimit"/> is what was asked; <see cref="SolverTimeLimit"/> what the solver got after the call's
/// deadline was taken into account (part of the input hash).
/// </summary>
public sealed record MatchOptionsDocument(
    string RegionId,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly AsOf,
    int RentYear,
    TimeSpan? TimeLimit,
    TimeSpan? SolverTimeLimit,
    int Workers,
    int Seed,
    IReadOnlyList<MatchGoal> Tiers,
    JsonElement Policy);
