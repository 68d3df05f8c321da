using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Cli.Proposals;

/// <summary>
/// Clients and units as the tables show them, <c>GM0268/c-0001</c> and <c>talis/u-00001</c>, so a table fits a terminal;
/// the options take these as well as the full resource names (JSON output always has the full names).
/// </summary>
internal static class ShortNames
{
    private const string Municipalities = "municipalities/";
    private const string Corporations = "corporations/";

    public static string Client(MunicipalityCode municipality, ClientReference client) => $"{municipality}/{client}";

    public static string Unit(string corporationId, string unitId) => $"{corporationId}/{unitId}";

    /// <exception cref="Domain.Common.DomainValidationException">Neither form.</exception>
    public static (MunicipalityCode Municipality, ClientReference Reference) ParseClient(string value, string option) =>
        ResourceNames.ParseClient(Expand(value, Municipalities, "/clients/"), option);

    /// <exception cref="Domain.Common.DomainValidationException">Neither form.</exception>
    public static (string CorporationId, string UnitId) ParseUnit(string value, string option) =>
        ResourceNames.ParseUnit(Expand(value, Corporations, "/units/"), option);

    private static string Expand(string value, string collection, string child)
    {
        var parts = value.Split('/');
        return !value.StartsWith(collection, StringComparison.Ordinal) && parts.Length == 2 ? $"{collection}{parts[0]}{child}{parts[1]}" : value;
    }
}
