using System.CommandLine;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Cli.Proposals;

namespace BeschermdThuis.Matching.Cli.Commands;

/// <summary>
/// The options every <c>proposals</c> subcommand and <c>waiting</c> take: the database, the region, JSON output and
/// (where a party matters, <paramref name="As"/> not null) the acting party.
/// </summary>
internal sealed record ProposalCommandOptions(Option<string> Database, Option<string> Region, Option<string?>? As, Option<string?> Json)
{
    /// <param name="asDescription">What <c>--as</c> means for the command; null: the command has no <c>--as</c>.</param>
    public static ProposalCommandOptions Create(string? asDescription) => new(
        DatabaseOption.Create(),
        new Option<string>("--region") { Description = "Region id.", DefaultValueFactory = _ => MatchingOptions.DefaultRegionId },
        asDescription is null ? null : new Option<string?>("--as") { Description = asDescription },
        new Option<string?>("--json") { Description = "Write the result as JSON to this file (- for standard output) instead of a table." });

    /// <summary>The <c>--as</c> given, if any.</summary>
    public string? Party(ParseResult parse) => As is null ? null : parse.GetValue(As);

    /// <summary>A command with these options and <paramref name="more"/>, whose action opens the database and reports errors as one line.</summary>
    public Command Command(string name, string description, Func<LocalProposals, ParseResult, CancellationToken, Task<int>> action, params Symbol[] more)
    {
        var command = new Command(name, description) { Database, Region, Json };
        foreach (var symbol in (As is null ? more : [As, .. more]))
        {
            switch (symbol)
            {
                case Option option:
                    command.Options.Add(option);
                    break;
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
            }
        }
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(async () =>
        {
            await using var local = await LocalProposals.OpenAsync(parse.GetValue(Database)!, parse.GetValue(Region)!, cancellationToken);
            return await action(local, parse, cancellationToken);
        }));
        return command;
    }
}
