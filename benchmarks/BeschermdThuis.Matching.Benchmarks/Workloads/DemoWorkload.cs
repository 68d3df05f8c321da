using BeschermdThuis.Matching.DemoRegion;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Benchmarks.Workloads;

/// <summary>
/// Match problems on the real demo region (213 CBS neighbourhoods of Rijk van Nijmegen) with a seeded synthetic
/// population, the real policy and affordability files, a quarter as placement period and optional pins.
/// </summary>
public static class DemoWorkload
{
    public static readonly DateOnly ReferenceDate = new(2025, 3, 1);
    public static readonly DateRange Period = new(new DateOnly(2025, 3, 1), new DateOnly(2025, 5, 31));

    public static MatchPolicy Policy { get; } = MatchPolicyJson.Load(ConfigFile("matching-policy.json"));

    public static AffordabilityPolicy Affordability { get; } = AffordabilityPolicyJson.Parse(File.ReadAllText(ConfigFile("affordability.json")));

    /// <summary>
    /// The problem for <paramref name="size"/> and population <paramref name="family"/> (issue 14), with
    /// <paramref name="pins"/> pinned pairs chosen by <see cref="ChoosePins"/>.
    /// </summary>
    public static MatchProblem Create(
        DemoPopulationSize size, int pins = 0, int workers = 2, TimeSpan? timeLimit = null, int seed = DemoPopulation.DefaultSeed,
        PopulationFamily family = PopulationFamily.Demo)
    {
        var region = RegioNijmegen.Load();
        var population = DemoPopulation.Generate(region, seed, size, ReferenceDate, family);
        var problem = new MatchProblem(
            region.Region.DefaultLimits, population.Neighbourhoods, population.Units, population.Clients, population.CareTeams,
            population.Agreements, Affordability, ReferenceDate.Year, Period, ReferenceDate, [], [],
            new MatchOptions(Policy, timeLimit, workers, randomSeed: 1));
        if (pins == 0)
        {
            return problem;
        }
        var chosen = ChoosePins(new EligibilityIndex(problem), pins);
        return new MatchProblem(
            problem.RegionDefaultLimits, problem.Neighbourhoods, problem.Units, problem.Clients, problem.CareTeams, problem.Agreements,
            problem.Affordability, problem.RentYear, problem.Period, problem.Today, chosen, [], problem.Options);
    }

    /// <summary>
    /// Pins that can hold together, as a desk's accepted offers would: eligible pairs, at most one per neighbourhood,
    /// client and unit, each keeping the client's own care team (no new caseload), spread over the clients in order.
    /// </summary>
    public static IReadOnlyList<ClientUnitPair> ChoosePins(EligibilityIndex index, int count)
    {
        var problem = index.Problem;
        var usedUnits = new HashSet<int>();
        var usedNeighbourhoods = new HashSet<string>(StringComparer.Ordinal);
        var pins = new List<ClientUnitPair>();
        var step = Math.Max(1, index.ClientCount / count);
        var order = Enumerable.Range(0, index.ClientCount).OrderBy(c => c % step).ThenBy(c => c);
        foreach (var c in order.TakeWhile(_ => pins.Count < count))
        {
            for (var u = 0; u < index.UnitCount; u++)
            {
                var unit = problem.Units[u];
                if (!usedUnits.Contains(u) && !usedNeighbourhoods.Contains(unit.Neighbourhood.Value)
                    && index.IsEligible(c, u) && index.KeepsOwnTeam(c, u))
                {
                    usedUnits.Add(u);
                    usedNeighbourhoods.Add(unit.Neighbourhood.Value);
                    pins.Add(new ClientUnitPair(problem.Clients[c].Reference, unit.Id));
                    break;
                }
            }
        }
        return pins;
    }

    public static string ConfigFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "config", name), Path.Combine(dir.FullName, name) })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        throw new FileNotFoundException($"config/{name} not found above {AppContext.BaseDirectory}");
    }
}
