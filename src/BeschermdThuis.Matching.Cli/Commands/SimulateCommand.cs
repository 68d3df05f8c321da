using System.CommandLine;
using BeschermdThuis.Matching.Cli.Proposals;
using BeschermdThuis.Matching.Cli.Simulation;
using BeschermdThuis.Matching.Simulation.Reports;
using BeschermdThuis.Matching.Simulation.Runs;
using BeschermdThuis.Matching.Simulation.Scenarios;
using Spectre.Console;

namespace BeschermdThuis.Matching.Cli.Commands;

/// <summary>
/// <c>simulate</c> (issue 13): runs scenario files on the demo region over the real matching engine, with a progress bar,
/// prints the comparison and writes the data files, the charts and the summary into the output folder
/// (<see cref="SimulationReport"/>). A bad scenario file is named with the field, exit code 2.
/// </summary>
internal static class SimulateCommand
{
    /// <summary>The command for the three shipped scenarios, as the README and <c>demo</c> give it.</summary>
    public const string ShippedScenariosExample =
        "dotnet run --project src/BeschermdThuis.Matching.Cli -- simulate scenarios/current-agreements.json " +
        "scenarios/plus-25-percent-units.json scenarios/shared-pool.json --out simulation";

    public static Command Create()
    {
        var files = new Argument<string[]>("scenarios") { Description = "Scenario files (JSON); the first is the baseline.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "The folder to write into (created when missing).", Required = true };
        var replications = new Option<int>("--replications")
        {
            Description = "Replications per scenario, each with its own seed.",
            DefaultValueFactory = _ => SimulationOptions.DefaultReplications,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The seed the replications' seeds derive from; the same seed gives the same files.",
            DefaultValueFactory = _ => SimulationOptions.DefaultSeed,
        };
        var command = new Command("simulate", "Simulate scenarios of a year's agreements on the demo region and write the table, CSV/JSON, charts and a summary.")
        {
            files, output, replications, seed,
        };
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(async () =>
        {
            var scenarios = LoadScenarios(parse.GetValue(files)!);
            if (scenarios is null)
            {
                return 2;
            }
            var options = new SimulationOptions(parse.GetValue(replications), parse.GetValue(seed)).Validate();
            var region = await DemoSimulationRegion.LoadAsync(scenarios.Min(s => s.Start), cancellationToken);
            var result = await RunWithProgressAsync(scenarios, region, options, cancellationToken);
            var folder = parse.GetValue(output)!;
            var written = await SimulationReport.WriteAsync(result, region.Neighbourhoods, folder, cancellationToken);
            Render(result);
            AnsiConsole.MarkupLine(Markup.Escape($"Wrote {written.Count} files to {Path.GetFullPath(folder)}: " +
                string.Join(", ", written.Select(Path.GetFileName))));
            AnsiConsole.MarkupLine(Markup.Escape($"Open {Path.Combine(folder, SimulationReport.SummaryFile)} for the summary. {LoadShareMap.Attribution}."));
            return 0;
        }));
        return command;
    }

    private static List<Scenario>? LoadScenarios(IReadOnlyList<string> paths)
    {
        var scenarios = new List<Scenario>();
        var failed = false;
        foreach (var path in paths)
        {
            try
            {
                scenarios.Add(ScenarioFile.Load(path));
            }
            catch (ScenarioFileException e)
            {
                Console.Error.WriteLine(e.Message);
                failed = true;
            }
        }
        return failed ? null : scenarios;
    }

    private static async Task<SimulationResult> RunWithProgressAsync(
        List<Scenario> scenarios, BeschermdThuis.Matching.Simulation.RegionReference region, SimulationOptions options, CancellationToken cancellationToken)
    {
        SimulationResult? result = null;
        await AnsiConsole.Progress().AutoClear(false).StartAsync(async context =>
        {
            var task = context.AddTask($"{scenarios.Count} scenario(s) × {options.Replications} replications", maxValue: scenarios.Count * options.Replications);
            var progress = new Progress<SimulationProgress>(p => task.Value = Math.Max(task.Value, p.Completed));
            result = await ScenarioRunner.RunAsync(scenarios, region, options, progress, cancellationToken);
            task.Value = task.MaxValue;
        });
        return result!;
    }

    private static void Render(SimulationResult result)
    {
        ProposalOutput.Widen();
        var table = new Table();
        foreach (var header in ComparisonTable.Headers(result.Comparison))
        {
            table.AddColumn(Markup.Escape(header));
        }
        foreach (var row in ComparisonTable.Rows(result.Comparison))
        {
            table.AddRow([Markup.Escape(row.Measure), Markup.Escape(row.Unit), .. row.Cells.Select(Markup.Escape)]);
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(Markup.Escape(ComparisonTable.Legend));
    }
}
