using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Application.Simulations;
using BeschermdThuis.Matching.Simulation.Runs;
using Google.Protobuf.WellKnownTypes;

namespace BeschermdThuis.Matching.Api.Mapping;

/// <summary>Stored simulations to proto: the options, and (in a get) the aggregate results. Nothing here names a client.</summary>
public static class SimulationMapping
{
    public static V1.SimulationEvent ToProto(SimulationProgress progress) => new()
    {
        Progress = new V1.SimulationRunProgress
        {
            Completed = progress.Completed,
            Total = progress.Total,
            Scenario = progress.Scenario,
            Replication = progress.Replication,
        },
    };

    public static V1.Simulation ToProto(StoredSimulation simulation)
    {
        var proto = new V1.Simulation
        {
            Name = simulation.Name,
            CreateTime = Timestamp.FromDateTimeOffset(simulation.CreatedAt),
            RequestedBy = $"{PartyClaims.KindName(simulation.RequestedBy.Kind)}:{simulation.RequestedBy.Id}",
            Options = new V1.SimulationRunOptions
            {
                Replications = simulation.Options.Replications,
                Seed = simulation.Options.Seed,
                Baseline = simulation.Options.Baseline,
            },
        };
        proto.Options.Scenarios.AddRange(simulation.Options.Scenarios);
        if (simulation.Result is { } result)
        {
            proto.Scenarios.AddRange(result.Scenarios.Select(ToProto));
            proto.Comparison.AddRange(result.Comparison.Select(ToProto));
        }
        return proto;
    }

    private static V1.ScenarioTotals ToProto(ScenarioTotalsDocument scenario)
    {
        var proto = new V1.ScenarioTotals { Scenario = scenario.Scenario };
        proto.Measures.AddRange(scenario.Measures.Select(m => new V1.MeasureTotal { Measure = m.Measure, Total = ToProto(m.Total) }));
        return proto;
    }

    private static V1.SimulationComparisonRow ToProto(ComparisonRowDocument row)
    {
        var proto = new V1.SimulationComparisonRow { Measure = row.Measure, Subject = row.Subject ?? string.Empty };
        proto.Cells.AddRange(row.Cells.Select(c =>
        {
            var cell = new V1.SimulationComparisonCell { Scenario = c.Scenario, Estimate = ToProto(c.Estimate) };
            if (c.DifferenceToBaseline is { } difference)
            {
                cell.DifferenceToBaseline = difference;
            }
            if (c.SeparatesFromBaseline is { } separates)
            {
                cell.SeparatesFromBaseline = separates;
            }
            return cell;
        }));
        return proto;
    }

    private static V1.MeasureEstimate ToProto(EstimateDocument estimate)
    {
        var proto = new V1.MeasureEstimate { Replications = estimate.Replications };
        if (estimate.Mean is { } mean)
        {
            proto.Mean = mean;
        }
        if (estimate.Low is { } low)
        {
            proto.Low = low;
        }
        if (estimate.High is { } high)
        {
            proto.High = high;
        }
        return proto;
    }
}
