using System.CommandLine;
using BeschermdThuis.Matching.Cli.Commands;

var root = new RootCommand("BeschermdThuis.Matching: match people leaving protected housing to social-rent homes.")
{
    DemoCommand.Create(),
    InitCommand.Create(),
    CorporationsCommand.Create(),
    CareTeamsCommand.Create(),
    RegionCommand.Create(),
    MatchCommand.Create(),
    ProposalsCommand.Create(),
    WaitingCommand.Create(),
    ChangesCommand.Create(),
    AuditCommand.Create(),
    TransferCommands.Import(),
    TransferCommands.Export(),
    SimulateCommand.Create(),
    TokenCommand.Create(),
    ServeCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
