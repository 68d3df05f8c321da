using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Simulation.Scenarios;

/// <summary>How the performance agreements bind the engine.</summary>
public enum QuotaMode
{
    /// <summary>Each agreement binds its corporation in its municipality (target pro rata, cap hard), as the service matches.</summary>
    PerCorporation = 1,

    /// <summary>
    /// One shared pool: every corporation's units go to whoever fits best, and no agreement binds the engine; the
    /// agreements are still reported, so fulfilment per corporation and municipality can be compared.
    /// </summary>
    SharedPool = 2,
}

/// <summary>
/// A "what if" for a regional board, as data (<c>scenarios/*.json</c>, read by <see cref="ScenarioFile"/>): the horizon
/// as <see cref="Periods"/> periods of <see cref="PeriodDays"/> days from <see cref="Start"/>; the clients who become
/// ready to leave per municipality and what they wish and need; the units each corporation offers per municipality;
/// the agreements; how likely each side accepts a proposal; the neighbourhood limits; and the matching policy the
/// engine uses. Nothing here names the region's geography beyond codes: the caller passes it in (<see cref="RegionReference"/>).
/// </summary>
public sealed record Scenario
{
    public required string Name { get; init; }

    public string Description { get; init; } = string.Empty;

    public required DateOnly Start { get; init; }

    public required int Periods { get; init; }

    public required int PeriodDays { get; init; }

    /// <summary>The year whose rent limits decide affordability (it must be configured in the affordability policy).</summary>
    public required int RentYear { get; init; }

    public required IReadOnlyList<ArrivalStream> Arrivals { get; init; }

    public required ClientDistributions Clients { get; init; }

    public required IReadOnlyList<UnitSupply> Supply { get; init; }

    public required UnitDistributions Units { get; init; }

    public required QuotaMode Quota { get; init; }

    public required IReadOnlyList<ScenarioAgreement> Agreements { get; init; }

    public required DecisionProbabilities Decisions { get; init; }

    public required NeighbourhoodLimitSettings Limits { get; init; }

    public required CareSettings Care { get; init; }

    public required MatchPolicy Policy { get; init; }

    /// <summary>The simulated days, first period's start to last period's end.</summary>
    public DateRange Horizon => new(Start, Start.AddDays((Periods * PeriodDays) - 1));

    public DateRange Period(int number) => new(Start.AddDays((number - 1) * PeriodDays), Start.AddDays((number * PeriodDays) - 1));

    /// <summary>Throws a <see cref="DomainValidationException"/> naming every wrong field by its path in the scenario file.</summary>
    public Scenario Validate()
    {
        var v = new Validator()
            .Require(!string.IsNullOrWhiteSpace(Name) && Name.Length <= 100, "name", "must be 1 to 100 characters")
            .InRange(Periods, 1, 520, "periods")
            .InRange(PeriodDays, 1, 366, "periodDays")
            .InRange(RentYear, 2000, 2100, "rentYear")
            .Require(Arrivals.Count > 0, "arrivals", "must name at least one municipality")
            .AtMost(Arrivals.Count, DomainRanges.MaxRegionMunicipalities, "arrivals")
            .Require(Arrivals.Select(a => a.Municipality).Distinct().Count() == Arrivals.Count, "arrivals", "must not name a municipality twice")
            .AtMost(Supply.Count, 1000, "supply")
            .AtMost(Agreements.Count, 1000, "agreements")
            .Require(Agreements.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count() == Agreements.Count, "agreements", "ids must be unique")
            .Nested("clients.", () => Clients.Validate())
            .Nested("units.", () => Units.Validate())
            .Nested("decisions.", () => Decisions.Validate())
            .Nested("limits.", () => Limits.Validate())
            .Nested("care.", () => Care.Validate())
            .Nested("policy.", () => Policy.Validate());
        for (var i = 0; i < Arrivals.Count; i++)
        {
            v.Nested($"arrivals[{i}].", () => Arrivals[i].Validate(Periods));
        }
        for (var i = 0; i < Supply.Count; i++)
        {
            v.Nested($"supply[{i}].", () => Supply[i].Validate());
        }
        for (var i = 0; i < Agreements.Count; i++)
        {
            v.Nested($"agreements[{i}].", () => Agreements[i].Validate());
        }
        v.ThrowIfInvalid();
        return this;
    }
}

/// <summary>
/// The clients of one municipality who become ready to leave: <see cref="PerPeriod"/> on average each period (Poisson),
/// or exactly <see cref="Counts"/>[k] in period k+1. Exactly one of the two is given.
/// </summary>
public sealed record ArrivalStream(MunicipalityCode Municipality, double? PerPeriod = null, IReadOnlyList<int>? Counts = null)
{
    public int Draw(Random random, int period) =>
        Counts is { } counts ? counts[period - 1] : Distributions.Poisson(random, PerPeriod ?? 0);

    public ArrivalStream Validate(int periods)
    {
        new Validator()
            .Require(PerPeriod is null != Counts is null, "perPeriod", "give either perPeriod or counts, not both or neither")
            .Require(PerPeriod is null || (PerPeriod >= 0 && PerPeriod <= 500), "perPeriod", "must be between 0 and 500")
            .Require(Counts is null || Counts.Count == periods, "counts", $"must give one count for each of the {periods} periods")
            .Require(Counts is null || Counts.All(c => c is >= 0 and <= 500), "counts", "every count must be between 0 and 500")
            .ThrowIfInvalid();
        return this;
    }

    public bool Equals(ArrivalStream? other) =>
        other is not null && Municipality == other.Municipality && PerPeriod == other.PerPeriod
        && (Counts ?? []).SequenceEqual(other.Counts ?? []) && Counts is null == other.Counts is null;

    public override int GetHashCode() => HashCode.Combine(Municipality, PerPeriod, Counts?.Count);
}
