namespace BeschermdThuis.Matching.DemoRegion.Loading;

/// <summary>
/// Spreads a municipal total over its buurten in proportion to a weight (see <see cref="InhabitantsWeight"/>).
/// Shares are rounded down and the remaining inhabitants go, one each, to the largest remainders (ties: the
/// earlier buurt), so the estimates add up to the total exactly and the result does not depend on anything
/// but the inputs' order.
/// </summary>
internal static class InhabitantsEstimator
{
    public static int[] Spread(int total, IReadOnlyList<double> areasKm2, InhabitantsWeight weight)
    {
        var weights = areasKm2.Select(area => weight == InhabitantsWeight.SqrtArea ? Math.Sqrt(Math.Max(0, area)) : 1.0).ToArray();
        var sum = weights.Sum();
        if (sum <= 0)
        {
            weights = [.. weights.Select(_ => 1.0)];
            sum = weights.Length;
        }
        var exact = weights.Select(w => total * w / sum).ToArray();
        var shares = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = total - shares.Sum();
        var byRemainder = Enumerable.Range(0, exact.Length)
            .OrderByDescending(i => exact[i] - shares[i])
            .ThenBy(i => i)
            .Take(left);
        foreach (var i in byRemainder)
        {
            shares[i]++;
        }
        return shares;
    }
}
