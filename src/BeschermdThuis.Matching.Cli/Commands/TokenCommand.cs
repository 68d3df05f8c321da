using System.CommandLine;
using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Domain.Parties;

namespace BeschermdThuis.Matching.Cli.Commands;

/// <summary>
/// <c>token</c>: issues a development bearer token for one party, signed with the local development key
/// (generated on first use, kept outside the repository).
/// </summary>
internal static class TokenCommand
{
    public static Command Create()
    {
        var kind = new Option<PartyKind>("--party")
        {
            Description = "Who the token is for: HousingCorporation, MunicipalDesk, RegionalBoard or Administrator.",
            Required = true,
        };
        var id = new Option<string>("--id")
        {
            Description = "The party's id: a corporation id, the desk's municipality code (GM0268), the region id (regio-nijmegen) or an administrator name.",
            Required = true,
        };
        var hours = new Option<int>("--hours")
        {
            Description = "Lifetime in hours.",
            DefaultValueFactory = _ => 8,
        };
        var keyPath = new Option<string?>("--key")
        {
            Description = $"Signing key file (default {DevelopmentSigningKey.DefaultPath}).",
        };

        var command = new Command("token", "Issue a development token for a party.") { kind, id, hours, keyPath };
        command.SetAction(parse =>
        {
            var lifetimeHours = parse.GetValue(hours);
            if (lifetimeHours is < 1 or > 24 * 30)
            {
                Console.Error.WriteLine("--hours must be between 1 and 720");
                return 2;
            }
            var key = DevelopmentSigningKey.LoadOrCreate(parse.GetValue(keyPath) ?? DevelopmentSigningKey.DefaultPath);
            var party = new Party(parse.GetValue(kind), parse.GetValue(id)!);
            Console.WriteLine(DevelopmentTokenIssuer.Issue(key, party, TimeSpan.FromHours(lifetimeHours), TimeProvider.System));
            return 0;
        });
        return command;
    }
}
