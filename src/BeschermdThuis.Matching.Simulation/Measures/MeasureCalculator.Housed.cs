using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Simulation.Trace;
using MathNet.Numerics.Statistics;
using static BeschermdThuis.Matching.Simulation.Measures.MeasureIds;

namespace BeschermdThuis.Matching.Simulation.Measures;

public static partial class MeasureCalculator
{
    private static IEnumerable<MeasureValues> AmongHoused(ReplicationTrace trace)
    {
        yield return OverPlacements(trace, WaitMean, MeanWait);
        yield return OverPlacements(trace, WaitMedian, placements => WaitQuantile(placements, 0.5));
        yield return OverPlacements(trace, WaitP90, placements => WaitQuantile(placements, 0.9));
        yield return OverPlacements(trace, FirstWishShare, placements => Percent(placements.Count(p => p.WishRank == 1), placements.Count));
        yield return OverPlacements(trace, StableTenancyShare,
            placements => Percent(placements.Count(p => p is { Tenancy: TenancyKind.Indefinite, ContractForm: ContractForm.OwnName }), placements.Count));
    }

    /// <summary>A figure over the placements of each period, and in total over every placement.</summary>
    private static MeasureValues OverPlacements(ReplicationTrace trace, string id, Func<IReadOnlyList<Placement>, double?> figure,
        Func<Placement, bool>? among = null, string? subject = null)
    {
        var perPeriod = trace.Periods.Select(p => figure([.. p.Placements.Where(among ?? (_ => true))])).ToList();
        return new MeasureValues(id, subject, figure([.. trace.Periods.SelectMany(p => p.Placements).Where(among ?? (_ => true))]), perPeriod);
    }

    private static double? MeanWait(IReadOnlyList<Placement> placements) =>
        placements.Count == 0 ? null : placements.Sum(p => (double)p.WaitDays) / placements.Count;

    // R-7 (linear between order statistics; the spreadsheet and NumPy default): the median of an even count is the
    // average of the middle two.
    private static double? WaitQuantile(IReadOnlyList<Placement> placements, double tau) =>
        placements.Count == 0 ? null : placements.Select(p => (double)p.WaitDays).QuantileCustom(tau, QuantileDefinition.R7);
}
