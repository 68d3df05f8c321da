using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>
/// The lexicographic optimum by enumeration: every matching of the checker's eligible pairs that meets the hard
/// constraints (care teams assigned by trying every choice), scored with the policy re-implemented here.
/// </summary>
internal static class BruteForce
{
    public static long[] LexicographicOptimum(MatchProblem p)
    {
        long[]? best = null;
        foreach (var score in Matchings(p, pinned: false).Select(chosen => Score(p, chosen)))
        {
            if (best is null || Compare(score, best) > 0)
            {
                best = score;
            }
        }
        return best!;
    }

    /// <summary>True when some matching of the checker's eligible pairs that meets the hard constraints holds every pinned pair.</summary>
    public static bool HasMatchingWithPins(MatchProblem p) => Matchings(p, pinned: true).Any();

    // Every matching of the checker's eligible pairs that meets the hard constraints (each yielded list is reused: read
    // it before the next); with pinned, only those that hold every pinned pair.
    private static IEnumerable<List<Pair>> Matchings(MatchProblem p, bool pinned)
    {
        var pairs = EligiblePairs(p);
        var pinnedUnits = p.Clients.Select(c => pinned ? p.Pinned.Where(pin => pin.Client == c.Reference).Select(pin => pin.UnitId).ToList() : []).ToArray();
        var chosen = new List<Pair>();
        var usedUnits = new bool[p.Units.Count];
        IEnumerable<List<Pair>> Recurse(int client)
        {
            if (client == p.Clients.Count)
            {
                if (Feasible(p, chosen))
                {
                    yield return chosen;
                }
                yield break;
            }
            var pins = pinnedUnits[client];
            if (pins.Count == 0)
            {
                foreach (var matching in Recurse(client + 1))
                {
                    yield return matching;
                }
            }
            foreach (var pair in pairs.Where(x => x.Client == client && !usedUnits[x.Unit] && (pins.Count == 0 || (pins.Count == 1 && p.Units[x.Unit].Id == pins[0]))))
            {
                usedUnits[pair.Unit] = true;
                chosen.Add(pair);
                foreach (var matching in Recurse(client + 1))
                {
                    yield return matching;
                }
                chosen.RemoveAt(chosen.Count - 1);
                usedUnits[pair.Unit] = false;
            }
        }
        return Recurse(0);
    }

    private static List<Pair> EligiblePairs(MatchProblem p)
    {
        var nbIndex = p.Neighbourhoods.Select((n, i) => (n.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var pairs = new List<Pair>();
        for (var c = 0; c < p.Clients.Count; c++)
        {
            for (var u = 0; u < p.Units.Count; u++)
            {
                var client = p.Clients[c];
                var unit = p.Units[u];
                if (Checker.PairViolation(p, client, unit) is not null)
                {
                    continue;
                }
                var ownTeam = p.CareTeams.FirstOrDefault(t => t.Id == client.CareTeamId && Checker.Covers(t, unit));
                var newTeams = ownTeam is null
                    ? p.CareTeams.Select((t, i) => (t, i)).Where(x => x.t.FreeCaseload > 0 && Checker.Covers(x.t, unit)).Select(x => x.i).ToArray()
                    : null;
                var inAgreement = p.Agreements.Select(a => a.PriorityGroup != PriorityGroup.ShelterOutflow && a.Period.Overlaps(p.Period)
                    && unit.CorporationId == a.CorporationId && unit.Neighbourhood.Municipality == a.Municipality).ToArray();
                pairs.Add(new Pair(c, u, nbIndex[unit.Neighbourhood], newTeams, inAgreement, PairScores(p, client, unit, ownTeam is not null)));
            }
        }
        return pairs;
    }

    private static int Compare(long[] a, long[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }
        return 0;
    }

    private static bool Feasible(MatchProblem p, List<Pair> chosen)
    {
        for (var b = 0; b < p.Neighbourhoods.Count; b++)
        {
            var n = p.Neighbourhoods[b];
            var limits = n.LimitsOverride ?? p.RegionDefaultLimits;
            var placed = chosen.Count(x => x.Neighbourhood == b);
            if (placed > limits.NewPlacementsPerPeriod || n.ExistingProtectedHomes + placed > limits.CeilingFor(n.Inhabitants))
            {
                return false;
            }
            if (chosen.Any(x => x.Neighbourhood == b && p.Clients[x.Client].Recovery.MaxPeersInNeighbourhood is { } max && n.ExistingProtectedHomes + placed > max))
            {
                return false;
            }
        }
        for (var a = 0; a < p.Agreements.Count; a++)
        {
            if (p.Agreements[a].CapUnits is { } cap && chosen.Count(x => x.InAgreement[a]) > cap - p.PlacedEarlier.GetValueOrDefault(p.Agreements[a].Id))
            {
                return false;
            }
        }
        var free = p.CareTeams.Select(t => t.FreeCaseload).ToArray();
        var needing = chosen.Where(x => x.NewTeams is not null).ToList();
        bool Assign(int i)
        {
            if (i == needing.Count)
            {
                return true;
            }
            foreach (var t in needing[i].NewTeams!)
            {
                if (free[t] > 0)
                {
                    free[t]--;
                    var ok = Assign(i + 1);
                    free[t]++;
                    if (ok)
                    {
                        return true;
                    }
                }
            }
            return false;
        }
        return Assign(0);
    }

    private static long[] Score(MatchProblem p, List<Pair> chosen)
    {
        var policy = p.Options.Policy;
        long spread = 0;
        for (var b = 0; b < p.Neighbourhoods.Count; b++)
        {
            var limits = p.Neighbourhoods[b].LimitsOverride ?? p.RegionDefaultLimits;
            var threshold = limits.NewPlacementsPerPeriod * policy.Spread.ThresholdPercentOfLimit / 100;
            spread -= policy.Spread.PenaltyPerPlacementAboveThreshold * (long)Math.Max(0, chosen.Count(x => x.Neighbourhood == b) - threshold);
        }
        for (var a = 0; a < p.Agreements.Count; a++)
        {
            var agreement = p.Agreements[a];
            if (agreement.PriorityGroup != PriorityGroup.ShelterOutflow && agreement.Period.Overlaps(p.Period))
            {
                spread -= policy.Spread.AgreementShortfallPenaltyPerUnit * (long)Math.Max(0, PeriodTarget(p, agreement) - chosen.Count(x => x.InAgreement[a]));
            }
        }
        return [.. policy.Tiers.Select(goal => goal == MatchGoal.Spread ? spread : chosen.Sum(x => x.Scores[(int)goal - 1]))];
    }

    // The open target spread evenly over the agreement's remaining days; this match gets its days' share, rounded up.
    private static int PeriodTarget(MatchProblem p, PerformanceAgreement agreement)
    {
        var open = Math.Max(0, agreement.TargetUnits - p.PlacedEarlier.GetValueOrDefault(agreement.Id));
        var first = new[] { agreement.Period.Start, p.Period.Start }.Max();
        var last = new[] { agreement.Period.End, p.Period.End }.Min();
        var overlapDays = last.DayNumber - first.DayNumber + 1;
        var remainingDays = agreement.Period.End.DayNumber - first.DayNumber + 1;
        return (int)Math.Ceiling((decimal)open * overlapDays / remainingDays);
    }

    private static long[] PairScores(MatchProblem p, Domain.Clients.Client c, HousingUnit u, bool teamKept)
    {
        var policy = p.Options.Policy;
        var days = p.Today.DayNumber - c.ReadinessDate.DayNumber;
        var housing = policy.Housing.BasePerClient + (policy.Housing.PerDayPastReadiness * Math.Min(Math.Max(days, 0), policy.Housing.MaxDaysCounted));
        var areaRank = c.Wishes.Areas.OrderBy(a => a.Rank).FirstOrDefault(a => a.Area.Contains(u.Neighbourhood))?.Rank;
        var typeRank = c.Wishes.DwellingTypes.FirstOrDefault(d => d.DwellingType == u.DwellingType)?.Rank;
        long RankScore(int? rank, int scored, int per) => rank is { } r && r <= scored ? per * (scored + 1 - r) : 0;
        var wishes = RankScore(areaRank, policy.Wishes.AreaRanksScored, policy.Wishes.AreaPerRank)
            + RankScore(typeRank, policy.Wishes.DwellingTypeRanksScored, policy.Wishes.DwellingTypePerRank);
        var unitPoint = Domain.Geography.RdNewProjection.Instance.Project(u.Location);
        double? distance = c.Recovery.SupportAnchors.Count > 0
            ? c.Recovery.SupportAnchors.Min(a => Domain.Geography.RdNewProjection.Instance.Project(a.Location).DistanceTo(unitPoint))
            : p.CareTeams.FirstOrDefault(t => t.Id == c.CareTeamId) is { } team ? Domain.Geography.RdNewProjection.Instance.Project(team.Base).DistanceTo(unitPoint) : null;
        var recovery = (teamKept ? policy.Recovery.CareTeamContinuityBonus : 0)
            - (distance is { } d ? policy.Recovery.PenaltyPerBucket * ((long)Math.Round(d) / policy.Recovery.DistanceBucketMetres) : 0);
        var stability = (u.Tenancy == TenancyKind.Indefinite ? policy.Stability.IndefiniteTenancy : 0)
            + (u.ContractForm == ContractForm.OwnName ? policy.Stability.OwnNameContract : u.ContractForm == ContractForm.FlipContract ? policy.Stability.FlipContract : 0);
        return [housing, wishes, recovery, stability];
    }

    private sealed record Pair(int Client, int Unit, int Neighbourhood, int[]? NewTeams, bool[] InAgreement, long[] Scores);
}
