using System.CommandLine;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Cli.Proposals;
using BeschermdThuis.Matching.Cli.Transfer;

namespace BeschermdThuis.Matching.Cli.Commands;

/// <summary>
/// <c>import units|clients FILE</c> and <c>export units|clients FILE</c>: a corporation's stock and a desk's clients as
/// CSV (semicolon with decimal commas, or comma with decimal periods; the separator is read from the header line) or
/// JSON (by the file's extension), in-process on the database file, acting as the party <c>--as</c> names with exactly
/// its rights. Column names and formats: README, "Importing stock and clients".
/// </summary>
internal static class TransferCommands
{
    public static Command Import()
    {
        var import = new Command("import", "Import units (as a corporation) or clients (as a desk) from a CSV or JSON file: every row or none.");
        import.Subcommands.Add(ImportOf("units", "Import a corporation's units.", FileImport.UnitsAsync));
        import.Subcommands.Add(ImportOf("clients", "Import a desk's clients.", FileImport.ClientsAsync));
        return import;
    }

    public static Command Export()
    {
        var export = new Command("export", "Export a corporation's units or a desk's clients in the format import reads.");
        export.Subcommands.Add(ExportOf("units", "Export a corporation's units.", FileExport.UnitsAsync));
        export.Subcommands.Add(ExportOf("clients", "Export a desk's clients.", FileExport.ClientsAsync));
        return export;
    }

    private static Command ImportOf(
        string what, string description, Func<LocalTransfer, Domain.Parties.Party, IReadOnlyList<TableRow>, bool, CancellationToken, Task<int>> import)
    {
        var (database, region, party) = CommonOptions(what);
        var file = new Argument<string>("FILE") { Description = "A .csv file (header line with the column names) or a .json array of objects." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every row and list each row's errors (row, column, message); store nothing." };
        var command = new Command(what, description) { file, database, region, party, dryRun };
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(async () =>
        {
            var path = parse.GetValue(file)!;
            var rows = ReadRows(path);
            await using var local = await LocalTransfer.OpenAsync(parse.GetValue(database)!, parse.GetValue(region)!, cancellationToken);
            var dry = parse.GetValue(dryRun);
            try
            {
                var count = await import(local, ActingParty.Parse(parse.GetValue(party)!), rows, dry, cancellationToken);
                Console.WriteLine(dry ? $"{count} {what} checked: no errors; nothing stored (dry run)" : $"{count} {what} imported from {path}");
                return 0;
            }
            catch (RowErrorsException e)
            {
                foreach (var error in e.Errors)
                {
                    Console.WriteLine($"row {error.Row}, {error.Column}: {error.Message}");
                }
                Console.Error.WriteLine($"{e.Errors.Count} error(s) in {e.Errors.Select(r => r.Row).Distinct().Count()} row(s) of {path}; nothing stored");
                return 2;
            }
        }));
        return command;
    }

    private static Command ExportOf(
        string what, string description, Func<LocalTransfer, Domain.Parties.Party, string, char, CancellationToken, Task<int>> export)
    {
        var (database, region, party) = CommonOptions(what);
        var file = new Argument<string>("FILE") { Description = "The .csv or .json file to write (replaced when it exists)." };
        var separator = new Option<string>("--separator")
        {
            Description = "CSV separator: ; (decimal commas, as Dutch spreadsheets expect; the default), , (decimal periods) or tab.",
            DefaultValueFactory = _ => ";",
        };
        var command = new Command(what, description) { file, database, region, party, separator };
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(async () =>
        {
            var path = parse.GetValue(file)!;
            var sign = parse.GetValue(separator) switch
            {
                ";" => ';',
                "," => ',',
                "tab" or "\t" => '\t',
                var other => throw new CommandFailedException($"--separator {other}: expected ;, , or tab", 2),
            };
            await using var local = await LocalTransfer.OpenAsync(parse.GetValue(database)!, parse.GetValue(region)!, cancellationToken);
            var count = await export(local, ActingParty.Parse(parse.GetValue(party)!), path, sign, cancellationToken);
            Console.WriteLine($"{count} {what} exported to {path}");
            return 0;
        }));
        return command;
    }

    private static (Option<string> Database, Option<string> Region, Option<string> As) CommonOptions(string what) => (
        DatabaseOption.Create(),
        new Option<string>("--region") { Description = "Region id.", DefaultValueFactory = _ => MatchingOptions.DefaultRegionId },
        new Option<string>("--as")
        {
            Description = what == "units" ? "The corporation whose units these are: corporation:<corporation id>." : "The desk whose clients these are: desk:<municipality code>.",
            Required = true,
        });

    private static IReadOnlyList<TableRow> ReadRows(string path)
    {
        if (!File.Exists(path))
        {
            throw new CommandFailedException($"{path} does not exist", 2);
        }
        try
        {
            return TableFile.Read(path) is { Count: > 0 } rows ? rows : throw new CommandFailedException($"{path} has no rows", 2);
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException or Sylvan.Data.Csv.CsvFormatException or FormatException)
        {
            throw new CommandFailedException($"{path}: {e.Message}", 2);
        }
    }
}
