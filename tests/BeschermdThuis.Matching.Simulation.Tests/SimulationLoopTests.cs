using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Simulation.Scenarios;
using BeschermdThuis.Matching.Simulation.Trace;
using BeschermdThuis.Matching.Solver.Explanations;

namespace BeschermdThuis.Matching.Simulation.Tests;

public sealed class SimulationLoopTests
{
    [Fact]
    public void Run_SameSeed_GivesAnEqualTrace_AndAnotherSeedAnotherTrace()
    {
        var scenario = DemoReference.Small();

        var first = SimulationLoop.Run(scenario, DemoReference.Region, 7);
        var again = SimulationLoop.Run(scenario, DemoReference.Region, 7);
        var other = SimulationLoop.Run(scenario, DemoReference.Region, 8);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.NotEmpty(first.Periods.SelectMany(p => p.Placements));
    }

    /// <summary>
    /// Every neighbourhood of Wijchen may take no new placement, and every unit lies there: the engine's own rule
    /// area.capacity excludes them all, so everyone waits with that rule as the reason. A stand-in that ignored the
    /// limits would house them.
    /// </summary>
    [Fact]
    public void Run_NeighbourhoodLimitsThatCloseEveryUnit_LeaveEveryoneWaitingForAreaCapacity()
    {
        var wijchen = DemoReference.Region.Neighbourhoods.Where(n => n.Municipality.Value == "GM0296").ToList();
        var scenario = DemoReference.Small(periods: 2) with
        {
            Supply = [new("maasheggen", new("GM0296"), 6)],
            Agreements = [],
            Limits = DemoReference.Small().Limits with { Overrides = [.. wijchen.Select(n => new NeighbourhoodLimitOverride(n.Code, 0, 5.0m))] },
        };

        var trace = SimulationLoop.Run(scenario, DemoReference.Region, 3);

        Assert.Empty(trace.Periods.SelectMany(p => p.Placements));
        var waiting = trace.WaitingAtEnd;
        Assert.NotEmpty(waiting);
        Assert.All(waiting, w =>
        {
            Assert.Equal(WaitReason.NoEligibleUnit, w.Reason);
            Assert.Contains(w.Reasons, r => r.Kind == ReasonKind.RuleExcludedUnits && r.RuleCode == "area.capacity");
        });
        Assert.Contains(waiting, w => w.RuleCode == "area.capacity");
        Assert.All(trace.NeighbourhoodLimits.Where(l => l.Municipality.Value == "GM0296"), l => Assert.Equal(0, l.NewPlacementsPerPeriod));
    }

    [Fact]
    public void Run_DeclinedPairs_AreNeverProposedAgain_AndEveryProposalEndsAsTheLifecycleAllows()
    {
        var scenario = DemoReference.Small(periods: 6) with { Decisions = new DecisionProbabilities(0.5, 0.5) };

        var trace = SimulationLoop.Run(scenario, DemoReference.Region, 11);

        var proposals = trace.Periods.SelectMany(p => p.Proposals).ToList();
        Assert.Contains(proposals, p => p.Outcome == ProposalState.DeclinedByCorporation);
        Assert.Contains(proposals, p => p.Outcome == ProposalState.DeclinedByClient);
        Assert.All(proposals, p => Assert.Contains(p.Outcome, new[] { ProposalState.TenancySigned, ProposalState.DeclinedByCorporation, ProposalState.DeclinedByClient }));
        Assert.Equal(proposals.Count, proposals.Select(p => (p.Client, p.UnitId)).Distinct().Count());
        var signed = proposals.Where(p => p.Outcome == ProposalState.TenancySigned).Select(p => (p.Client, p.UnitId)).ToList();
        Assert.Equal(signed, trace.Periods.SelectMany(p => p.Placements).Select(p => (p.Client, p.UnitId)).ToList());
        Assert.Contains(trace.Periods, p => p.Match.ExcludedPairs > 0);
    }

    [Fact]
    public void Run_Placements_CountUnderTheirAgreement_AndFillTheNeighbourhoods()
    {
        var trace = SimulationLoop.Run(DemoReference.Small(periods: 6), DemoReference.Region, 5);

        var placements = trace.Periods.SelectMany(p => p.Placements).ToList();
        Assert.All(placements, p => Assert.Equal(
            p.CorporationId == "waalboog" && p.Municipality.Value == "GM0268" ? ["pa-waalboog-gm0268"] : Array.Empty<string>(), p.AgreementIds));
        Assert.All(placements, p => Assert.True(p.WaitDays >= 0 && p.MoveDate >= p.ReadinessDate.AddDays(-60)));
        Assert.All(trace.Periods, p => Assert.All(p.Placements.GroupBy(x => x.Neighbourhood), g =>
            Assert.True(g.Count() <= trace.NeighbourhoodLimits.Single(l => l.Neighbourhood == g.Key).NewPlacementsPerPeriod)));
    }
}
