using static BeschermdThuis.Matching.Simulation.Measures.MeasureIds;

namespace BeschermdThuis.Matching.Simulation.Measures;

/// <summary>
/// Every measure the simulation reports, in the order the outputs list them. Waits are days from the readiness date
/// to the move (0 for a move on or before it); shares are percentages.
/// </summary>
public static class MeasureCatalog
{
    private const string People = "people";
    private const string Units = "units";
    private const string Neighbourhoods = "neighbourhoods";
    private const string Days = "days";
    private const string Percent = "%";
    private const string PerPeriodAndTotal = " Per period: in that period; total: over the whole horizon.";
    private const string AtEnd = " Per period: at the period's end; total: at the end of the horizon.";
    private const string AmongHoused = " Per period: the people housed in that period; total: everyone housed over the horizon.";

    public static IReadOnlyList<MeasureDefinition> All { get; } =
    [
        new(Arrivals, "Arrivals", People, MeasureSubject.None,
            "People who became ready to leave protected housing and joined the queue." + PerPeriodAndTotal),
        new(UnitsOffered, "Units offered", Units, MeasureSubject.None,
            "Homes the corporations offered for people leaving protected housing." + PerPeriodAndTotal),
        new(Housed, "People housed", People, MeasureSubject.None,
            "People who moved into a home of their own (a signed tenancy)." + PerPeriodAndTotal),
        new(Waiting, "People waiting", People, MeasureSubject.None,
            "People still waiting for a home, whether or not they have reached their readiness date yet." + AtEnd),
        new(UnitsLeft, "Units left", Units, MeasureSubject.None,
            "Offered homes nobody moved into; they stay on offer for the next period." + AtEnd),
        new(PastReadinessPeople, "Waiting past readiness", People, MeasureSubject.None,
            "People who are ready to leave but still have no home: the risk of leaving into homelessness. Per period: at the " +
            "period's end; total: everyone who spent at least one day past their readiness date without a home, housed later or not."),
        new(PastReadinessDays, "Days past readiness", Days, MeasureSubject.None,
            "Days spent past the readiness date without a home, added up over everyone (ten people waiting three days count 30)." +
            PerPeriodAndTotal),
        new(WaitMean, "Average wait", Days, MeasureSubject.None,
            "The average wait of the people housed, in days from their readiness date to the move. People still waiting are not " +
            "in it: see waiting past readiness." + AmongHoused),
        new(WaitMedian, "Median wait", Days, MeasureSubject.None,
            "Half of the people housed waited at most this many days from their readiness date to the move." + AmongHoused),
        new(WaitP90, "90th percentile wait", Days, MeasureSubject.None,
            "Nine in ten of the people housed waited at most this many days from their readiness date to the move; the tenth " +
            "waited longer." + AmongHoused),
        new(FirstWishShare, "First wish", Percent, MeasureSubject.None,
            "Of the people housed, the share whose home lies in the area they named as their first wish (someone who named no " +
            "area counts as not)." + AmongHoused),
        new(StableTenancyShare, "Stable tenancy", Percent, MeasureSubject.None,
            "Of the people housed, the share with an indefinite tenancy in their own name: a stable home rather than a " +
            "temporary contract or one through the care provider." + AmongHoused),
        new(NeighbourhoodPlacements, "Placements", People, MeasureSubject.Neighbourhood,
            "People housed in the neighbourhood." + PerPeriodAndTotal),
        new(NeighbourhoodPeriodLimitShare, "Placements against the limit", Percent, MeasureSubject.Neighbourhood,
            "The neighbourhood's placements against its limit on new placements per period. Per period: that period's " +
            "placements against the limit; total: all placements against the limit times the number of periods. Empty where the limit is 0."),
        new(NeighbourhoodLoadShare, "Load share", Percent, MeasureSubject.Neighbourhood,
            "Protected homes in the neighbourhood (those there at the start plus the placements so far) against the most it can " +
            "carry for its inhabitants. Over 100 % means over that ceiling." + AtEnd + " Empty where the ceiling is 0."),
        new(HighestLoadShare, "Highest load share", Percent, MeasureSubject.None,
            "The load share of the neighbourhood that is fullest: how close the most burdened neighbourhood comes to its ceiling." + AtEnd),
        new(NeighbourhoodsAtCeiling, "Neighbourhoods at their ceiling", Neighbourhoods, MeasureSubject.None,
            "Neighbourhoods whose protected homes have reached the most they can carry for their inhabitants: nobody from this " +
            "group can be placed there any more." + AtEnd),
        new(UnitsLeftAtCeiling, "Units left where the ceiling is reached", Units, MeasureSubject.None,
            "Of the units left, those in a neighbourhood at its ceiling: they cannot house anyone from this group, however long " +
            "they stay on offer. Many of them mean the ceiling, not the number of units, limits who is housed." + AtEnd),
        new(CorporationQuota, "Quota fulfilment (corporation)", Percent, MeasureSubject.Corporation,
            "Placements in the corporation's homes that count under its performance agreements, against the number it agreed " +
            "to. 100 % means the agreement is met. Per period: placements so far; total: at the end of the horizon."),
        new(MunicipalityQuota, "Quota fulfilment (municipality)", Percent, MeasureSubject.Municipality,
            "Placements in the municipality's homes that count under the performance agreements made for it, against the " +
            "numbers agreed. 100 % means the agreements are met. Per period: placements so far; total: at the end of the horizon."),
        new(WaitByMunicipality, "Average wait by municipality", Days, MeasureSubject.Municipality,
            "The average wait of the people housed, by the municipality responsible for them: does one municipality's " +
            "people wait longer?" + AmongHoused),
        new(HousedShareByMunicipality, "Housed by municipality", Percent, MeasureSubject.Municipality,
            "Of the people in the queue, the share housed, by the municipality responsible for them. Per period: housed in " +
            "the period against everyone in the queue during it; total: housed against everyone who was in the queue."),
        new(WaitByHouseholdSize, "Average wait by household size", Days, MeasureSubject.HouseholdSize,
            "The average wait of the people housed, by household size: do larger households wait longer?" + AmongHoused),
        new(HousedShareByHouseholdSize, "Housed by household size", Percent, MeasureSubject.HouseholdSize,
            "Of the people in the queue, the share housed, by household size. Per period: housed in the period against " +
            "everyone in the queue during it; total: housed against everyone who was in the queue."),
    ];

    private static readonly Dictionary<string, int> Positions =
        All.Select((m, i) => (m.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

    public static MeasureDefinition Get(string id) =>
        Positions.TryGetValue(id, out var position) ? All[position] : throw new KeyNotFoundException($"no measure '{id}'");

    /// <summary>The position of a measure in <see cref="All"/>: the order outputs list it in.</summary>
    public static int OrderOf(string id) => Positions.TryGetValue(id, out var position) ? position : int.MaxValue;
}
