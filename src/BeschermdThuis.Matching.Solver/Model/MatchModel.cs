using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Results;
using BeschermdThuis.Matching.Solver.Search;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Model;

/// <summary>
/// The CP-SAT model over the eligible pairs: one Boolean per pair, each client and each unit at most once,
/// neighbourhood limits (new placements and ceiling), per-client peer limits, care-team caseload, agreement caps
/// (hard) and targets (shortfall, soft), spread above a share of the limit (soft), pins fixed to 1.
/// Every goal is a linear expression to maximise; the engine solves them tier by tier.
/// With <c>withAssumptions</c> each hard constraint that can contradict a pin is enforced by its own assumption
/// literal, so an infeasible model yields a conflicting subset of them; the goals are then left out.
/// </summary>
internal sealed class MatchModel
{
    private readonly Dictionary<int, ConstraintConflict> _assumptions = [];
    private readonly List<IntVar> _hintVariables = [];
    private readonly List<Derived> _derived = [];
    private bool _hasTeamLiterals;

    public MatchModel(EligibilityIndex index, EligiblePairs pairs, ScoreTerms[] scores, IReadOnlyList<int> pinnedPairs, bool withAssumptions)
    {
        Index = index;
        Pairs = pairs;
        var problem = index.Problem;
        var nb = index.Neighbourhoods;
        var units = index.Units;
        X = new BoolVar[pairs.Count];
        Scores = scores;
        var byClient = new List<ILiteral>[index.ClientCount];
        var byUnit = new List<ILiteral>[index.UnitCount];
        var byNeighbourhood = new List<int>[nb.Count];
        for (var p = 0; p < pairs.Count; p++)
        {
            int c = pairs.ClientOf(p), u = pairs.UnitOf(p), b = units.Neighbourhood[u];
            X[p] = Cp.NewBoolVar($"x_{c}_{u}");
            _hintVariables.Add(X[p]);
            (byClient[c] ??= []).Add(X[p]);
            (byUnit[u] ??= []).Add(X[p]);
            (byNeighbourhood[b] ??= []).Add(p);
        }
        foreach (var list in byClient.Where(l => l is { Count: > 1 }))
        {
            Cp.AddAtMostOne(list);
        }
        foreach (var list in byUnit.Where(l => l is { Count: > 1 }))
        {
            Cp.AddAtMostOne(list);
        }
        foreach (var p in pinnedPairs)
        {
            var pair = new ClientUnitPair(problem.Clients[pairs.ClientOf(p)].Reference, problem.Units[pairs.UnitOf(p)].Id);
            Enforce(Cp.Add(X[p] == 1), withAssumptions, new ConstraintConflict(ConflictKind.Pin, pair.ToString(), 1, 1, $"pinned pair {pair}"));
        }
        var pinnedSet = pinnedPairs.ToHashSet();
        var spread = LinearExpr.NewBuilder();
        var policy = problem.Options.Policy;
        for (var b = 0; b < nb.Count; b++)
        {
            if (byNeighbourhood[b] is not { } inB)
            {
                continue;
            }
            var placed = LinearExpr.Sum(inB.Select(p => X[p]));
            var pins = inB.Count(pinnedSet.Contains);
            Enforce(Cp.Add(placed <= nb.NewLimit[b]), withAssumptions, new ConstraintConflict(ConflictKind.NeighbourhoodNewPlacements,
                nb.Codes[b].Value, nb.NewLimit[b], pins, $"neighbourhood {nb.Codes[b]} allows {nb.NewLimit[b]} new placements; {pins} pinned pairs need it"));
            var room = nb.Ceiling[b] - nb.Existing[b];
            Enforce(Cp.Add(placed <= room), withAssumptions, new ConstraintConflict(ConflictKind.NeighbourhoodCeiling,
                nb.Codes[b].Value, nb.Ceiling[b], pins,
                $"neighbourhood {nb.Codes[b]} has {nb.Existing[b]} protected homes and a ceiling of {nb.Ceiling[b]}; {pins} pinned pairs need it"));
            var threshold = nb.NewLimit[b] * policy.Spread.ThresholdPercentOfLimit / 100;
            if (inB.Count > threshold)
            {
                var excess = Cp.NewIntVar(0, inB.Count - threshold, $"excess_{b}");
                Cp.Add(excess >= placed - threshold);
                AddDerived(excess, inB, +1, -threshold);
                spread.AddTerm(excess, -policy.Spread.PenaltyPerPlacementAboveThreshold);
            }
            AddPeerLimits(inB, b, placed, withAssumptions);
        }
        if (withAssumptions || problem.CareTeams.Count > MaxTeamsForHallConstraints)
        {
            AddCaseload(pinnedSet, withAssumptions);
        }
        else
        {
            AddCaseloadByTeamSets();
        }
        AddAgreements(spread, pinnedSet, withAssumptions);
        Goals = new Dictionary<MatchGoal, LinearExpr>
        {
            [MatchGoal.Housing] = PairSum(MatchGoal.Housing),
            [MatchGoal.Wishes] = PairSum(MatchGoal.Wishes),
            [MatchGoal.Recovery] = PairSum(MatchGoal.Recovery),
            [MatchGoal.Stability] = PairSum(MatchGoal.Stability),
            [MatchGoal.Spread] = spread,
        };
        TieBreak = LinearExpr.WeightedSum(X, Scores.Select(s => s.Wishes * (1L + Math.Clamp(s.DaysPastReadiness, 0, policy.Housing.MaxDaysCounted))));
        if (withAssumptions)
        {
            Cp.AddAssumptions(_assumptions.Keys.Order().Select(i => (ILiteral)_assumptionLiterals[i]));
        }
    }

    private readonly Dictionary<int, BoolVar> _assumptionLiterals = [];

    public CpModel Cp { get; } = new();

    public EligibilityIndex Index { get; }

    public EligiblePairs Pairs { get; }

    public BoolVar[] X { get; }

    public ScoreTerms[] Scores { get; }

    public IReadOnlyDictionary<MatchGoal, LinearExpr> Goals { get; }

    /// <summary>
    /// Decides between matchings that are equal on every goal: wishes go first to the clients furthest past their
    /// readiness date (wish score times days past readiness, counted as for the housing goal).
    /// </summary>
    public LinearExpr TieBreak { get; }

    /// <summary>Per pair that needs a new care team: the candidate teams and their literals (x itself when only one team fits).</summary>
    public Dictionary<int, (int Team, ILiteral Literal)[]> TeamChoices { get; } = [];

    public IReadOnlyList<IntVar> HintVariables => _hintVariables;

    /// <summary>
    /// A matching found outside CP-SAT (the housing flow) as values of <see cref="HintVariables"/>: the pair literals
    /// and the count, excess and shortfall variables that follow from them, each at the least value its rows allow.
    /// Null when the model has team literals, which a matching does not determine.
    /// </summary>
    public long[]? HintValues(IReadOnlyList<bool> placed)
    {
        if (_hasTeamLiterals)
        {
            return null;
        }
        var values = new long[_hintVariables.Count];
        for (var p = 0; p < X.Length; p++)
        {
            values[p] = placed[p] ? 1 : 0;
        }
        foreach (var (hint, pairs, sign, offset) in _derived)
        {
            values[hint] = Math.Max(0, (sign * pairs.Count(p => placed[p])) + offset);
        }
        return values;
    }

    // An auxiliary variable at max(0, sign * (placed pairs among `Pairs`) + offset): a count (equal to the sum), an
    // excess above a threshold, a shortfall below a target. All are non-negative by their domains.
    private sealed record Derived(int Hint, IReadOnlyList<int> Pairs, int Sign, long Offset);

    private void AddDerived(IntVar variable, IReadOnlyList<int> pairs, int sign, long offset)
    {
        _derived.Add(new Derived(_hintVariables.Count, pairs, sign, offset));
        _hintVariables.Add(variable);
    }

    /// <summary>Rows for clients who must be alone in a neighbourhood, added when a relaxation violates them.</summary>
    public AloneCuts PeerCuts { get; } = new();

    /// <summary>Above this many care teams the model falls back to a team literal per pair (the team sets grow as 2^teams).</summary>
    public const int MaxTeamsForHallConstraints = 12;

    public ConstraintConflict? AssumptionMeaning(int literalIndex) => _assumptions.GetValueOrDefault(literalIndex);

    private LinearExpr PairSum(MatchGoal goal) =>
        LinearExpr.WeightedSum(X, Scores.Select(s => PairScorer.Of(s, goal)));

    // Placing client c in b requires existing_b + new_b <= c's own peer limit (new_b counts c too). With room
    // k = limit - existing below the most that b can take, that is new_b + (most - k) * in_c_b <= most, where in_c_b is
    // the sum of c's pairs in b. new_b is one count variable per neighbourhood, so each client's constraint has only
    // c's own pairs in it, and the LP gets the full strength of the rule per client. (Sharing one literal among the
    // clients with the same room, as before, let the LP spread fractions over them: a weak bound at 100 x 500.)
    private void AddPeerLimits(List<int> inB, int b, LinearExpr placed, bool withAssumptions)
    {
        var nb = Index.Neighbourhoods;
        var most = Math.Min(nb.Room(b), Math.Min(inB.Select(p => Pairs.UnitOf(p)).Distinct().Count(), inB.Select(p => Pairs.ClientOf(p)).Distinct().Count()));
        var byClient = inB.GroupBy(p => Pairs.ClientOf(p)).ToDictionary(g => g.Key, g => g.ToList());
        var limited = byClient
            .Select(g => (Client: g.Key, Pairs: g.Value, Room: Index.Clients.MaxPeers[g.Key] - nb.Existing[b]))
            .Where(g => g.Room < most)
            .OrderBy(g => g.Client)
            .ToList();
        if (limited.Count == 0)
        {
            return;
        }
        var count = Cp.NewIntVar(0, most, $"new_{b}");
        Cp.Add(count == placed);
        AddDerived(count, inB, +1, 0);
        // Clients who accept no other new placement beside themselves (room 1) exclude each other as well: when one of
        // them is placed, new_b is 1, so at most one of them is. As one row over all of them this is much stronger in the
        // LP than their rows one by one.
        var alone = limited.Where(l => l.Room == 1).ToList();
        if (alone.Count > 1)
        {
            Cp.Add(count + ((most - 1) * LinearExpr.Sum(alone.SelectMany(l => l.Pairs).Select(p => X[p]))) <= most);
        }
        if (alone.Count > 0)
        {
            PeerCuts.Add(alone.Select(l => l.Client), byClient.ToDictionary(g => g.Key, g => g.Value.Select(p => X[p]).ToArray()));
        }
        foreach (var (client, pairs, room) in limited)
        {
            var reference = Index.Problem.Clients[client].Reference;
            var conflict = new ConstraintConflict(ConflictKind.PeerLimit, $"{reference}@{nb.Codes[b]}", nb.Existing[b] + room, 0,
                $"client {reference} accepts at most {nb.Existing[b] + room} peers in {nb.Codes[b]}, which has {nb.Existing[b]} protected homes");
            var constraint = Cp.Add(count + ((most - room) * LinearExpr.Sum(pairs.Select(p => X[p]))) <= most);
            Enforce(constraint, withAssumptions, conflict);
        }
    }

    // Care-team caseload without a team variable per pair: a pair that needs a new team belongs to the class of the
    // teams that cover its unit and have room. A team assignment exists exactly when, for every set T of teams, the
    // pairs whose candidate teams all lie in T fit in the free caseload of T (Hall's condition for b-matchings).
    // The teams are assigned after solving (CaseloadAssignment).
    private void AddCaseloadByTeamSets()
    {
        var teams = Index.Problem.CareTeams;
        var byClass = new Dictionary<int, List<int>>();
        for (var p = 0; p < Pairs.Count; p++)
        {
            int c = Pairs.ClientOf(p), u = Pairs.UnitOf(p);
            if (Index.KeepsOwnTeam(c, u))
            {
                continue;
            }
            var mask = 0;
            foreach (var t in Index.Units.TeamsCovering(u).Where(t => teams[t].FreeCaseload > 0))
            {
                mask |= 1 << t;
            }
            (byClass.TryGetValue(mask, out var list) ? list : byClass[mask] = []).Add(p);
        }
        var classes = byClass.OrderBy(kv => kv.Key).Select(kv =>
        {
            var most = Math.Min(kv.Value.Select(p => Pairs.UnitOf(p)).Distinct().Count(), kv.Value.Select(p => Pairs.ClientOf(p)).Distinct().Count());
            return (Mask: kv.Key, Pairs: kv.Value, Most: most);
        }).ToList();
        var counts = new Dictionary<int, LinearExpr>();
        foreach (var (mask, ps, most) in classes)
        {
            var n = Cp.NewIntVar(0, most, $"new_team_class_{mask}");
            Cp.Add(n == LinearExpr.Sum(ps.Select(p => X[p])));
            AddDerived(n, ps, +1, 0);
            counts[mask] = n;
        }
        var union = classes.Aggregate(0, (m, c) => m | c.Mask);
        for (var set = union; set > 0; set = (set - 1) & union)
        {
            var inside = classes.Where(c => (c.Mask & ~set) == 0).ToList();
            if (inside.Count == 0 || inside.Aggregate(0, (m, c) => m | c.Mask) != set)
            {
                continue; // implied by the smaller set its classes span
            }
            var free = Enumerable.Range(0, teams.Count).Where(t => (set & (1 << t)) != 0).Sum(t => teams[t].FreeCaseload);
            if (inside.Sum(c => c.Most) <= free)
            {
                continue;
            }
            Cp.Add(LinearExpr.Sum(inside.Select(c => counts[c.Mask])) <= free);
        }
    }

    private void AddCaseload(HashSet<int> pinned, bool withAssumptions)
    {
        var teams = Index.Problem.CareTeams;
        var load = new List<(ILiteral Literal, int Pair)>[teams.Count];
        for (var p = 0; p < Pairs.Count; p++)
        {
            int c = Pairs.ClientOf(p), u = Pairs.UnitOf(p);
            if (Index.KeepsOwnTeam(c, u))
            {
                continue;
            }
            var candidates = Index.Units.TeamsCovering(u).Where(t => teams[t].FreeCaseload > 0).ToArray();
            (int, ILiteral)[] choice;
            if (candidates.Length == 1)
            {
                choice = [(candidates[0], X[p])];
            }
            else
            {
                choice = [.. candidates.Select(t => (t, (ILiteral)Cp.NewBoolVar($"team_{p}_{t}")))];
                Cp.Add(LinearExpr.Sum(choice.Select(ch => (LinearExpr)(BoolVar)ch.Item2)) == X[p]);
                _hintVariables.AddRange(choice.Select(ch => (IntVar)(BoolVar)ch.Item2));
                _hasTeamLiterals = true;
            }
            TeamChoices[p] = choice;
            foreach (var (t, literal) in choice)
            {
                (load[t] ??= []).Add((literal, p));
            }
        }
        for (var t = 0; t < teams.Count; t++)
        {
            if (load[t] is not { } list || list.Count <= teams[t].FreeCaseload)
            {
                continue;
            }
            var pins = list.Count(l => pinned.Contains(l.Pair));
            Enforce(Cp.Add(LinearExpr.Sum(list.Select(l => (LinearExpr)(BoolVar)l.Literal)) <= teams[t].FreeCaseload), withAssumptions,
                new ConstraintConflict(ConflictKind.CareTeamCaseload, teams[t].Id, teams[t].FreeCaseload, pins,
                    $"care team {teams[t].Id} can take {teams[t].FreeCaseload} more clients; {pins} pinned pairs may need it"));
        }
    }

    // Agreement shortfall sits in the Spread goal: quotas are the corporations' commitments, and meeting one must
    // never cost a person a home, a wish or a recovery-friendly place.
    private void AddAgreements(LinearExprBuilder spread, HashSet<int> pinned, bool withAssumptions)
    {
        var problem = Index.Problem;
        var pairsByUnit = new List<int>?[Index.UnitCount];
        for (var p = 0; p < Pairs.Count; p++)
        {
            (pairsByUnit[Pairs.UnitOf(p)] ??= []).Add(p);
        }
        foreach (var (agreement, target, capLeft, _) in problem.Quotas.Where(q => q.Applies))
        {
            var inAgreement = Enumerable.Range(0, Index.UnitCount)
                .Where(u => agreement.Covers(problem.Units[u]))
                .SelectMany(u => pairsByUnit[u] ?? [])
                .Order()
                .ToList();
            var placed = LinearExpr.Sum(inAgreement.Select(p => X[p]));
            if (target > 0)
            {
                var shortfall = Cp.NewIntVar(0, target, $"shortfall_{agreement.Id}");
                Cp.Add(shortfall >= target - placed);
                AddDerived(shortfall, inAgreement, -1, target);
                spread.AddTerm(shortfall, -problem.Options.Policy.Spread.AgreementShortfallPenaltyPerUnit);
            }
            if (capLeft is { } cap && inAgreement.Count > cap)
            {
                var pins = inAgreement.Count(pinned.Contains);
                var earlier = agreement.CapUnits - cap;
                Enforce(Cp.Add(placed <= cap), withAssumptions, new ConstraintConflict(ConflictKind.AgreementCap, agreement.Id, cap, pins,
                    $"agreement {agreement.Id} caps {agreement.CorporationId} in {agreement.Municipality} at {agreement.CapUnits} placements"
                    + (earlier > 0 ? $", {earlier} made earlier" : "") + $"; {pins} pinned pairs need it"));
            }
        }
    }

    private void Enforce(Constraint constraint, bool withAssumptions, ConstraintConflict meaning)
    {
        if (withAssumptions)
        {
            constraint.OnlyEnforceIf(NewAssumption(meaning));
        }
    }

    private BoolVar NewAssumption(ConstraintConflict meaning)
    {
        var literal = Cp.NewBoolVar($"assume_{_assumptions.Count}");
        _assumptions[literal.GetIndex()] = meaning;
        _assumptionLiterals[literal.GetIndex()] = literal;
        return literal;
    }
}
