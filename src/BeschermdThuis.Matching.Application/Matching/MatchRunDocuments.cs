using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Solver.Explanations;
using BeschermdThuis.Matching.Solver.Model;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Results;

namespace BeschermdThuis.Matching.Application.Matching;

/// <summary>Turns a solver result and its explanations into the stored documents, and a stored result back into a solver result.</summary>
public static class MatchRunDocuments
{
    public static MatchResultDocument Result(MatchProblem problem, string regionId, MatchResult result)
    {
        var names = new Names(problem);
        return new MatchResultDocument(
            result.Status,
            [.. result.Tiers.Select(t => new TierDocument(t.Goal, t.Status, t.Objective, t.BestBound, t.Gap, t.WallTime.TotalSeconds, t.Method))],
            result.OrToolsVersion,
            result.InputHash,
            result.RandomSeed,
            result.EligiblePairCount,
            result.WallTime.TotalSeconds,
            problem.Clients.Count,
            problem.Units.Count,
            [.. result.Pairs.Select(p => new PairDocument(
                names.Client(p.Client), names.Municipality(p.Client), names.Unit(p.UnitId), p.Neighbourhood.Value,
                p.CareTeamId is null ? null : ResourceNames.CareTeam(regionId, p.CareTeamId), p.Pinned, Scores(p.Scores)))],
            [.. result.Unmatched.Select(c => new UnmatchedDocument(names.Client(c), names.Municipality(c)))],
            [.. result.Conflicts.Select(c => new ConflictDocument(c.Kind, c.Subject, c.Limit, c.PinnedDemand, c.Detail))]);
    }

    public static MatchExplanationsDocument Explanations(MatchProblem problem, IReadOnlyList<ClientExplanation> explanations)
    {
        var names = new Names(problem);
        return new MatchExplanationsDocument([.. explanations.Select(e => new ExplanationDocument(
            names.Client(e.Client),
            names.Municipality(e.Client),
            e.UnitId is null ? null : names.Unit(e.UnitId),
            [.. e.Reasons.Select(r => new ReasonDocument(
                r.Kind,
                r.UnitId is null ? null : names.Unit(r.UnitId),
                r.RuleCode,
                r.OtherClient is { } other ? names.Client(other) : null,
                r.OtherClient is { } o ? names.Municipality(o) : null,
                r.Rank,
                r.Area,
                r.Count,
                r.DaysDifference,
                r.Detail))],
            e.Render(Language.Dutch),
            e.Render(Language.English)))]);
    }

    /// <summary>The stored result as the solver's result, for WhyNot on a rebuilt problem (same input hash).</summary>
    public static MatchResult ToSolverResult(MatchResultDocument document)
    {
        static ClientReference Reference(string name) => ResourceNames.ParseClient(name, "client").Reference;
        static string UnitId(string name) => ResourceNames.ParseUnit(name, "unit").UnitId;
        return new MatchResult(
            document.Status,
            [.. document.Pairs.Select(p => new MatchedPair(
                Reference(p.Client), UnitId(p.Unit), new Domain.Geography.NeighbourhoodCode(p.Neighbourhood),
                p.CareTeam is null ? null : ResourceNames.ParseCareTeam(p.CareTeam, "care_team").TeamId, p.Pinned,
                new ScoreTerms(p.Scores.Housing, p.Scores.DaysPastReadiness, p.Scores.AreaRank, p.Scores.DwellingTypeRank, p.Scores.Wishes,
                    p.Scores.SupportDistanceMetres, p.Scores.CareTeamKept, p.Scores.Recovery, p.Scores.Stability)))],
            [.. document.Unmatched.Select(u => Reference(u.Client))],
            [.. document.Tiers.Select(t => new TierOutcome(t.Goal, t.Status, t.Objective, t.BestBound, t.Gap, TimeSpan.FromSeconds(t.WallTimeSeconds), t.Method))],
            [.. document.Conflicts.Select(c => new ConstraintConflict(c.Kind, c.Subject, c.Limit, c.PinnedDemand, c.Detail))],
            document.EligiblePairCount,
            TimeSpan.FromSeconds(document.WallTimeSeconds),
            document.OrToolsVersion,
            document.InputHash,
            document.Seed);
    }

    private static ScoreDocument Scores(ScoreTerms s) =>
        new(s.Housing, s.DaysPastReadiness, s.AreaRank, s.DwellingTypeRank, s.Wishes, s.SupportDistanceMetres, s.CareTeamKept, s.Recovery, s.Stability);

    /// <summary>Resource names of the problem's clients and units (a unit id is unique in a match problem).</summary>
    private sealed class Names(MatchProblem problem)
    {
        private readonly Dictionary<ClientReference, Client> _clients = problem.Clients.ToDictionary(c => c.Reference);
        private readonly Dictionary<string, string> _corporations = problem.Units.ToDictionary(u => u.Id, u => u.CorporationId, StringComparer.Ordinal);

        public string Client(ClientReference reference) => ResourceNames.Client(_clients[reference].ResponsibleMunicipality, reference);

        public string Municipality(ClientReference reference) => _clients[reference].ResponsibleMunicipality.Value;

        public string Unit(string unitId) => ResourceNames.Unit(_corporations[unitId], unitId);
    }
}
