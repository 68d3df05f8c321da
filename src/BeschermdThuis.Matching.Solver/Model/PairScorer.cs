using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Solver.Model;

/// <summary>The per-pair terms of the goals, all integers, computed from the policy's weights.</summary>
public static class PairScorer
{
    public static ScoreTerms Score(EligibilityIndex index, int client, int unit)
    {
        var policy = index.Problem.Options.Policy;
        var c = index.Problem.Clients[client];
        var u = index.Problem.Units[unit];
        var days = c.DaysPastReadiness(index.Problem.Today);
        long housing = policy.Housing.BasePerClient + (long)policy.Housing.PerDayPastReadiness * Math.Clamp(days, 0, policy.Housing.MaxDaysCounted);
        var areaRank = c.Wishes.AreaRankOf(u.Neighbourhood);
        var typeRank = c.Wishes.DwellingTypeRankOf(u.DwellingType);
        long wishes = RankScore(areaRank, policy.Wishes.AreaRanksScored, policy.Wishes.AreaPerRank)
            + RankScore(typeRank, policy.Wishes.DwellingTypeRanksScored, policy.Wishes.DwellingTypePerRank);
        var distance = index.SupportDistance(client, unit) is { } d ? (int)Math.Round(d) : (int?)null;
        var kept = index.KeepsOwnTeam(client, unit);
        long recovery = (kept ? policy.Recovery.CareTeamContinuityBonus : 0)
            - (distance is { } m ? (long)policy.Recovery.PenaltyPerBucket * (m / policy.Recovery.DistanceBucketMetres) : 0);
        long stability = (u.Tenancy == TenancyKind.Indefinite ? policy.Stability.IndefiniteTenancy : 0) + u.ContractForm switch
        {
            ContractForm.OwnName => policy.Stability.OwnNameContract,
            ContractForm.FlipContract => policy.Stability.FlipContract,
            _ => 0,
        };
        return new ScoreTerms(housing, days, areaRank, typeRank, wishes, distance, kept, recovery, stability);
    }

    public static long Of(ScoreTerms terms, MatchGoal goal) => goal switch
    {
        MatchGoal.Housing => terms.Housing,
        MatchGoal.Wishes => terms.Wishes,
        MatchGoal.Recovery => terms.Recovery,
        MatchGoal.Stability => terms.Stability,
        _ => 0,
    };

    private static long RankScore(int? rank, int ranksScored, int perRank) =>
        rank is { } r && r <= ranksScored ? (long)perRank * (ranksScored + 1 - r) : 0;
}
