using System.CommandLine;
using BeschermdThuis.Matching.Api.Hosting;
using Microsoft.Extensions.Hosting;

namespace BeschermdThuis.Matching.Cli.Commands;

/// <summary>
/// <c>serve</c>: starts the gRPC server (h2c on <see cref="MatchingServer.DefaultUrl"/>) on the SQLite database file.
/// Other server settings pass through as ASP.NET Core configuration, e.g. <c>--urls http://localhost:5081</c>.
/// On a database without the region, the server first stores the shipped region's reference data, as <c>init</c> does.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var command = new Command("serve", "Start the gRPC server. Extra options go to ASP.NET Core, e.g. --urls http://localhost:5081.") { database };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = Path.GetFullPath(parse.GetValue(database)!);
            string[] args = [$"--Storage:ConnectionString=Data Source={file}", .. parse.UnmatchedTokens];
            var app = await MatchingServer.BuildAsync(args, InitCommand.ShippedRegion(), cancellationToken);
            await app.StartAsync(cancellationToken);
            Console.Error.WriteLine($"serving {file} on {string.Join(", ", app.Urls)}");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
