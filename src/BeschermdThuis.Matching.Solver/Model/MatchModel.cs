using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Results;
using BeschermdThuis.Matching.Solver.Search;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Model;

/// <summary>
/// The CP-SAT model over the eligible pairs: one Boolean per pair (<see cref="Assigned"/>), each client and each unit
/// at most once, pins fixed to 1, neighbourhood limits (new placements and ceiling), spread above a share of the limit
/// (soft), per-client peer limits, care-team caseload, agreement caps (hard) and targets (shortfall, soft).
/// Every goal is a linear expression to maximise; the engine solves them tier by tier.
/// With <c>withAssumptions</c> each hard constraint that can contradict a pin is enforced by its own assumption
/// literal, so an infeasible model yields a conflicting subset of them; the goals are then left out.
/// </summary>
internal sealed partial class MatchModel
{
    private readonly ConflictAssumptions _assumptions;
    private readonly SolutionHints _hints = new();
    private readonly HashSet<int> _pinned;

    public MatchModel(EligibilityIndex index, EligiblePairs pairs, ScoreTerms[] scores, IReadOnlyList<int> pinnedPairs, bool withAssumptions)
    {
        Index = index;
        Pairs = pairs;
        Scores = scores;
        _assumptions = new ConflictAssumptions(Cp, withAssumptions);
        _pinned = pinnedPairs.ToHashSet();
        Assigned = CreatePairLiterals();
        AddOneHomePerClient();
        AddOneClientPerHome();
        AddPins(pinnedPairs);
        var spread = LinearExpr.NewBuilder();
        // Neighbourhood by neighbourhood, all three families for one before the next: the order of the model's
        // variables and rows decides the solver's path, so it stays as the results were measured with.
        foreach (var (neighbourhood, pairsThere) in PairsByNeighbourhood())
        {
            var newPlacements = LinearExpr.Sum(pairsThere.Select(pair => Assigned[pair]));
            AddNeighbourhoodLimits(neighbourhood, pairsThere, newPlacements);
            AddSpreadPenalty(neighbourhood, pairsThere, newPlacements, spread);
            AddPeerLimits(neighbourhood, pairsThere, newPlacements);
        }
        if (withAssumptions || index.Problem.CareTeams.Count > MaxTeamsForHallConstraints)
        {
            AddCaseloadPerTeam();
        }
        else
        {
            AddCaseloadByTeamSets();
        }
        AddAgreements(spread);
        Goals = new Dictionary<MatchGoal, LinearExpr>
        {
            [MatchGoal.Housing] = PairSum(MatchGoal.Housing),
            [MatchGoal.Wishes] = PairSum(MatchGoal.Wishes),
            [MatchGoal.Recovery] = PairSum(MatchGoal.Recovery),
            [MatchGoal.Stability] = PairSum(MatchGoal.Stability),
            [MatchGoal.Spread] = spread,
        };
        TieBreak = WishesFirstToTheLongestWaiting();
        _assumptions.AddToModel();
    }

    /// <summary>Above this many care teams the model falls back to a team literal per pair (the team sets grow as 2^teams).</summary>
    public const int MaxTeamsForHallConstraints = 12;

    public CpModel Cp { get; } = new();

    public EligibilityIndex Index { get; }

    public EligiblePairs Pairs { get; }

    /// <summary>Per eligible pair: true when its client is placed in its unit.</summary>
    public BoolVar[] Assigned { get; }

    public ScoreTerms[] Scores { get; }

    public IReadOnlyDictionary<MatchGoal, LinearExpr> Goals { get; }

    /// <summary>
    /// Decides between matchings that are equal on every goal: wishes go first to the clients furthest past their
    /// readiness date (wish score times days past readiness, counted as for the housing goal).
    /// </summary>
    public LinearExpr TieBreak { get; }

    /// <summary>Per pair that needs a new care team: the candidate teams and their literals (the pair's own literal when only one team fits).</summary>
    public Dictionary<int, (int Team, ILiteral Literal)[]> TeamChoices { get; } = [];

    /// <summary>Rows for clients who must be alone in a neighbourhood, added when a relaxation violates them.</summary>
    public AloneCuts PeerCuts { get; } = new();

    /// <summary>The neighbourhoods with binding peer limits, for branching on their levels.</summary>
    public List<PeerLevel> PeerLevels { get; } = [];

    /// <summary>The variables a solution is given by: the pair literals first, then the auxiliaries.</summary>
    public IReadOnlyList<IntVar> HintVariables => _hints.Variables;

    /// <summary>
    /// A matching found outside CP-SAT (the housing flow) as values of <see cref="HintVariables"/>: the pair literals
    /// and the count, excess and shortfall variables that follow from them, each at the least value its rows allow.
    /// Null when the model has team literals, which a matching does not determine.
    /// </summary>
    public long[]? HintValues(IReadOnlyList<bool> placed) => _hints.ValuesFor(placed, Assigned.Length);

    /// <summary>A solution given as values of <see cref="HintVariables"/>, as values of every model variable (0 for the others).</summary>
    public long[] ModelValues(long[] hintValues)
    {
        var values = new long[Cp.Model.Variables.Count];
        for (var i = 0; i < hintValues.Length; i++)
        {
            values[HintVariables[i].GetIndex()] = hintValues[i];
        }
        return values;
    }

    public ConstraintConflict? AssumptionMeaning(int literalIndex) => _assumptions.Meaning(literalIndex);

    private BoolVar[] CreatePairLiterals()
    {
        var assigned = new BoolVar[Pairs.Count];
        for (var pair = 0; pair < Pairs.Count; pair++)
        {
            assigned[pair] = Cp.NewBoolVar($"x_{Pairs.ClientOf(pair)}_{Pairs.UnitOf(pair)}");
            _hints.AddPair(assigned[pair]);
        }
        return assigned;
    }

    /// <summary>A client gets at most one home: the matching itself.</summary>
    private void AddOneHomePerClient()
    {
        foreach (var literals in GroupPairs(Index.ClientCount, Pairs.ClientOf).Where(group => group is { Count: > 1 }))
        {
            Cp.AddAtMostOne(literals!.Select(pair => (ILiteral)Assigned[pair]));
        }
    }

    /// <summary>A home gets at most one client: the matching itself.</summary>
    private void AddOneClientPerHome()
    {
        foreach (var literals in GroupPairs(Index.UnitCount, Pairs.UnitOf).Where(group => group is { Count: > 1 }))
        {
            Cp.AddAtMostOne(literals!.Select(pair => (ILiteral)Assigned[pair]));
        }
    }

    /// <summary>A pair the desk pinned is made: the model only fills in the matching around it.</summary>
    private void AddPins(IReadOnlyList<int> pinnedPairs)
    {
        var problem = Index.Problem;
        foreach (var pair in pinnedPairs)
        {
            var pin = new ClientUnitPair(problem.Clients[Pairs.ClientOf(pair)].Reference, problem.Units[Pairs.UnitOf(pair)].Id);
            _assumptions.Enforce(Cp.Add(Assigned[pair] == 1), new ConstraintConflict(ConflictKind.Pin, pin.ToString(), 1, 1, $"pinned pair {pin}"));
        }
    }

    /// <summary>Per neighbourhood with eligible pairs, in neighbourhood order: its pairs in pair order.</summary>
    private IEnumerable<(int Neighbourhood, List<int> Pairs)> PairsByNeighbourhood() =>
        GroupPairs(Index.Neighbourhoods.Count, pair => Index.Units.Neighbourhood[Pairs.UnitOf(pair)])
            .Select((pairs, neighbourhood) => (neighbourhood, pairs))
            .Where(group => group.pairs is not null)
            .Select(group => (group.neighbourhood, group.pairs!));

    // Per key (client, unit or neighbourhood index): its pairs in pair order, null when it has none.
    private List<int>?[] GroupPairs(int keys, Func<int, int> keyOf)
    {
        var groups = new List<int>?[keys];
        for (var pair = 0; pair < Pairs.Count; pair++)
        {
            (groups[keyOf(pair)] ??= []).Add(pair);
        }
        return groups;
    }

    private LinearExpr PairSum(MatchGoal goal) =>
        LinearExpr.WeightedSum(Assigned, Scores.Select(score => PairScorer.Of(score, goal)));

    private LinearExpr WishesFirstToTheLongestWaiting()
    {
        var maxDays = Index.Problem.Options.Policy.Housing.MaxDaysCounted;
        return LinearExpr.WeightedSum(Assigned, Scores.Select(score => score.Wishes * (1L + Math.Clamp(score.DaysPastReadiness, 0, maxDays))));
    }
}
