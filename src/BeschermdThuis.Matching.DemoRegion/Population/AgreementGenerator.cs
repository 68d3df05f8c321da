using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.DemoRegion.Population;

/// <summary>
/// Performance agreements for the calendar year of the reference date: one per corporation and municipality
/// where it has stock, a target of roughly a fifth of its generated units there, and a cap for about a third.
/// </summary>
internal static class AgreementGenerator
{
    public static IReadOnlyList<PerformanceAgreement> Generate(
        GenerationContext context, IReadOnlyList<DemoCorporation> corporations, IReadOnlyList<HousingUnit> units)
    {
        var random = context.Random;
        var year = context.ReferenceDate.Year;
        var period = new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var agreements = new List<PerformanceAgreement>();
        foreach (var corporation in corporations)
        {
            foreach (var municipality in corporation.Municipalities.OrderBy(m => m.Value, StringComparer.Ordinal))
            {
                var stock = units.Count(u => u.CorporationId == corporation.Corporation.Id && u.Neighbourhood.Municipality == municipality);
                var target = Math.Max(1, (int)Math.Round(stock * random.Between(0.15, 0.30)));
                int? cap = random.Chance(0.35) ? target + random.Between(1, 3) : null;
                var group = random.Chance(0.75) ? PriorityGroup.ProtectedHousingOutflow : PriorityGroup.Any;
                agreements.Add(new PerformanceAgreement(
                    $"pa-{corporation.Corporation.Id}-{municipality.Value.ToLowerInvariant()}-{year}",
                    corporation.Corporation.Id,
                    municipality,
                    period,
                    target,
                    cap,
                    group));
            }
        }
        return agreements;
    }
}
