using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Simulation.Scenarios;

/// <summary>
/// The units a corporation offers in a municipality over the whole horizon, spread evenly over the periods (period k
/// gets ⌊Units·k/P⌋ − ⌊Units·(k−1)/P⌋, so none is lost to rounding).
/// </summary>
public sealed record UnitSupply(string CorporationId, MunicipalityCode Municipality, int Units)
{
    public int InPeriod(int period, int periods) => (int)(((long)Units * period / periods) - ((long)Units * (period - 1) / periods));

    public UnitSupply Validate()
    {
        new Validator().Id(CorporationId, "corporationId").InRange(Units, 0, 100_000, "units").ThrowIfInvalid();
        return this;
    }
}

/// <summary>A performance agreement for the horizon: the corporation places <see cref="TargetUnits"/> in the municipality, at most <see cref="CapUnits"/>.</summary>
public sealed record ScenarioAgreement(
    string Id, string CorporationId, MunicipalityCode Municipality, int TargetUnits, int? CapUnits = null,
    PriorityGroup PriorityGroup = PriorityGroup.ProtectedHousingOutflow)
{
    public PerformanceAgreement For(DateRange horizon) => new(Id, CorporationId, Municipality, horizon, TargetUnits, CapUnits, PriorityGroup);

    public ScenarioAgreement Validate()
    {
        new Validator()
            .Id(Id, "id")
            .Id(CorporationId, "corporationId")
            .InRange(TargetUnits, 0, DomainRanges.MaxAgreementUnits, "targetUnits")
            .Require(CapUnits is null || (CapUnits >= TargetUnits && CapUnits <= DomainRanges.MaxAgreementUnits), "capUnits",
                $"must lie between targetUnits and {DomainRanges.MaxAgreementUnits}")
            .Require(Enum.IsDefined(PriorityGroup), "priorityGroup", "must be a known priority group")
            .ThrowIfInvalid();
        return this;
    }
}

/// <summary>
/// How a proposal ends, per side, in the lifecycle's order: the corporation answers first (accepts with
/// <see cref="CorporationAccepts"/>), then the client (with <see cref="ClientAccepts"/>); both yes is a signed tenancy.
/// </summary>
public sealed record DecisionProbabilities(double CorporationAccepts, double ClientAccepts)
{
    public DecisionProbabilities Validate()
    {
        new Validator().Probability(CorporationAccepts, "corporationAccepts").Probability(ClientAccepts, "clientAccepts").ThrowIfInvalid();
        return this;
    }
}

/// <summary>Limits for one neighbourhood in place of the default.</summary>
public sealed record NeighbourhoodLimitOverride(NeighbourhoodCode Neighbourhood, int NewPlacementsPerPeriod, decimal MaxProtectedHomesPerThousandInhabitants);

/// <summary>
/// The neighbourhood limits the engine applies: <see cref="NewPlacementsPerPeriod"/> new placements per period (a
/// simulation period) and <see cref="MaxProtectedHomesPerThousandInhabitants"/>, for every neighbourhood but those in
/// <see cref="Overrides"/>.
/// </summary>
public sealed record NeighbourhoodLimitSettings(
    int NewPlacementsPerPeriod, decimal MaxProtectedHomesPerThousandInhabitants, IReadOnlyList<NeighbourhoodLimitOverride> Overrides)
{
    public LoadLimits Default => new(NewPlacementsPerPeriod, MaxProtectedHomesPerThousandInhabitants);

    public NeighbourhoodLimitSettings Validate()
    {
        var v = new Validator()
            .InRange(NewPlacementsPerPeriod, 0, DomainRanges.MaxNewPlacementsPerPeriod, "newPlacementsPerPeriod")
            .Require(MaxProtectedHomesPerThousandInhabitants is >= 0 and <= DomainRanges.MaxProtectedHomesPerThousand,
                "maxProtectedHomesPerThousandInhabitants", $"must be between 0 and {DomainRanges.MaxProtectedHomesPerThousand}")
            .Require(Overrides.Select(o => o.Neighbourhood).Distinct().Count() == Overrides.Count, "overrides", "must not name a neighbourhood twice");
        for (var i = 0; i < Overrides.Count; i++)
        {
            var o = Overrides[i];
            v.InRange(o.NewPlacementsPerPeriod, 0, DomainRanges.MaxNewPlacementsPerPeriod, $"overrides[{i}].newPlacementsPerPeriod")
             .Require(o.MaxProtectedHomesPerThousandInhabitants is >= 0 and <= DomainRanges.MaxProtectedHomesPerThousand,
                $"overrides[{i}].maxProtectedHomesPerThousandInhabitants", $"must be between 0 and {DomainRanges.MaxProtectedHomesPerThousand}");
        }
        v.ThrowIfInvalid();
        return this;
    }
}

/// <summary>
/// Care teams' caseload over time: every placement takes a slot of the team that supports the client there, and each
/// period every team frees <see cref="CaseloadReleasedPerTeamPerPeriod"/> slots (clients whose support ends), never
/// below its caseload at the start.
/// </summary>
public sealed record CareSettings(int CaseloadReleasedPerTeamPerPeriod)
{
    public CareSettings Validate()
    {
        new Validator().InRange(CaseloadReleasedPerTeamPerPeriod, 0, DomainRanges.MaxCaseload, "caseloadReleasedPerTeamPerPeriod").ThrowIfInvalid();
        return this;
    }
}
