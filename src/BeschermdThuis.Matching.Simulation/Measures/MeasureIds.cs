namespace BeschermdThuis.Matching.Simulation.Measures;

/// <summary>The stable ids of the simulation's measures (the <c>measure</c> column of the outputs).</summary>
public static class MeasureIds
{
    public const string Arrivals = "arrivals";
    public const string UnitsOffered = "units.offered";
    public const string Housed = "housed";
    public const string Waiting = "waiting";
    public const string UnitsLeft = "units.left";
    public const string PastReadinessPeople = "past_readiness.people";
    public const string PastReadinessDays = "past_readiness.days";
    public const string WaitMean = "wait.mean";
    public const string WaitMedian = "wait.median";
    public const string WaitP90 = "wait.p90";
    public const string FirstWishShare = "wish.first_share";
    public const string StableTenancyShare = "tenancy.stable_share";
    public const string NeighbourhoodPlacements = "neighbourhood.placements";
    public const string NeighbourhoodPeriodLimitShare = "neighbourhood.period_limit_share";
    public const string NeighbourhoodLoadShare = "neighbourhood.load_share";
    public const string HighestLoadShare = "load_share.highest";
    public const string NeighbourhoodsAtCeiling = "neighbourhoods.at_ceiling";
    public const string UnitsLeftAtCeiling = "units.left.at_ceiling";
    public const string CorporationQuota = "quota.corporation";
    public const string MunicipalityQuota = "quota.municipality";
    public const string WaitByMunicipality = "fairness.wait.municipality";
    public const string HousedShareByMunicipality = "fairness.housed_share.municipality";
    public const string WaitByHouseholdSize = "fairness.wait.household_size";
    public const string HousedShareByHouseholdSize = "fairness.housed_share.household_size";
}
