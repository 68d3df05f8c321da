using System.Text.RegularExpressions;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Application;

/// <summary>
/// The resource names (AIP-122) and their parsing, in one place: stored match runs hold client, unit and care team
/// names, error messages name what was not found, and the API speaks the same names. A malformed name is a
/// <see cref="DomainValidationException"/> on the field that carried it (an InvalidArgument over gRPC).
/// </summary>
public static partial class ResourceNames
{
    private const string Id = "[a-z][a-z0-9-]{0,62}";

    public static string Region(string regionId) => $"regions/{regionId}";

    public static string RegionLoad(string regionId) => $"regions/{regionId}/load";

    public static string Neighbourhood(string regionId, NeighbourhoodCode code) => $"regions/{regionId}/neighbourhoods/{code}";

    public static string CareTeam(string regionId, string teamId) => $"regions/{regionId}/careTeams/{teamId}";

    public static string Agreement(string regionId, string agreementId) => $"regions/{regionId}/performanceAgreements/{agreementId}";

    public static string Corporation(string corporationId) => $"corporations/{corporationId}";

    /// <summary>A corporation as a resource of its region (the administrator's); its units keep <see cref="Unit"/>.</summary>
    public static string RegionCorporation(string regionId, string corporationId) => $"regions/{regionId}/corporations/{corporationId}";

    public static string RegionSettings(string regionId) => $"regions/{regionId}/settings";

    public static string Unit(string corporationId, string unitId) => $"corporations/{corporationId}/units/{unitId}";

    public static string Municipality(MunicipalityCode code) => $"municipalities/{code}";

    public static string Client(MunicipalityCode municipality, ClientReference reference) => $"municipalities/{municipality}/clients/{reference}";

    public static string MatchRun(string regionId, string runId) => $"regions/{regionId}/matchRuns/{runId}";

    public static string Proposal(string regionId, string proposalId) => $"regions/{regionId}/proposals/{proposalId}";

    public static (string RegionId, string RunId) ParseMatchRun(string name, string field)
    {
        var parts = Match(MatchRunPattern(), name, field, "regions/{region}/matchRuns/{match_run}");
        return (parts[0], parts[1]);
    }

    public static string Simulation(string regionId, string simulationId) => $"regions/{regionId}/simulations/{simulationId}";

    public static (string RegionId, string SimulationId) ParseSimulation(string name, string field)
    {
        var parts = Match(SimulationPattern(), name, field, "regions/{region}/simulations/{simulation}");
        return (parts[0], parts[1]);
    }

    public static string ParseRegion(string name, string field) => Match(RegionPattern(), name, field, "regions/{region}")[0];

    public static string ParseRegionLoad(string name, string field) => Match(RegionLoadPattern(), name, field, "regions/{region}/load")[0];

    public static (string RegionId, NeighbourhoodCode Code) ParseNeighbourhood(string name, string field)
    {
        var parts = Match(NeighbourhoodPattern(), name, field, "regions/{region}/neighbourhoods/{BU + 8 digits}");
        return (parts[0], new NeighbourhoodCode(parts[1]));
    }

    public static (string RegionId, string TeamId) ParseCareTeam(string name, string field)
    {
        var parts = Match(CareTeamPattern(), name, field, "regions/{region}/careTeams/{care_team}");
        return (parts[0], parts[1]);
    }

    public static (string RegionId, string AgreementId) ParseAgreement(string name, string field)
    {
        var parts = Match(AgreementPattern(), name, field, "regions/{region}/performanceAgreements/{agreement}");
        return (parts[0], parts[1]);
    }

    public static (string RegionId, string CorporationId) ParseRegionCorporation(string name, string field)
    {
        var parts = Match(RegionCorporationPattern(), name, field, "regions/{region}/corporations/{corporation}");
        return (parts[0], parts[1]);
    }

    public static string ParseRegionSettings(string name, string field) => Match(RegionSettingsPattern(), name, field, "regions/{region}/settings")[0];

    public static string ParseCorporation(string name, string field) => Match(CorporationPattern(), name, field, "corporations/{corporation}")[0];

    public static (string CorporationId, string UnitId) ParseUnit(string name, string field)
    {
        var parts = Match(UnitPattern(), name, field, "corporations/{corporation}/units/{unit}");
        return (parts[0], parts[1]);
    }

    public static MunicipalityCode ParseMunicipality(string name, string field) =>
        new(Match(MunicipalityPattern(), name, field, "municipalities/{GM + 4 digits}")[0]);

    public static (MunicipalityCode Municipality, ClientReference Reference) ParseClient(string name, string field)
    {
        var parts = Match(ClientPattern(), name, field, "municipalities/{GM + 4 digits}/clients/{client}");
        return (new MunicipalityCode(parts[0]), ParseClientReference(parts[1], field));
    }

    /// <summary>A client id: a pseudonymous reference, never a citizen service number.</summary>
    public static ClientReference ParseClientReference(string value, string field)
    {
        try
        {
            return new ClientReference(value);
        }
        catch (DomainValidationException e)
        {
            throw new DomainValidationException(field, e.Violations[0].Description);
        }
    }

    /// <summary>An id chosen by the caller on create (unit_id, care_team_id, …).</summary>
    public static string ParseId(string value, string field) => ResourceId.Validate(value, field);

    private static string[] Match(Regex pattern, string? name, string field, string shape)
    {
        var match = pattern.Match(name ?? string.Empty);
        if (!match.Success)
        {
            throw new DomainValidationException(field, string.IsNullOrEmpty(name) ? $"is required: {shape}" : $"{FreeText.Quote(name)} is not a resource name of the form {shape}");
        }
        return [.. match.Groups.Cast<Group>().Skip(1).Select(g => g.Value)];
    }

    [GeneratedRegex($"^regions/({Id})\\z")]
    private static partial Regex RegionPattern();

    [GeneratedRegex($"^regions/({Id})/matchRuns/({Id})\\z")]
    private static partial Regex MatchRunPattern();

    [GeneratedRegex($"^regions/({Id})/simulations/({Id})\\z")]
    private static partial Regex SimulationPattern();

    [GeneratedRegex($"^regions/({Id})/load\\z")]
    private static partial Regex RegionLoadPattern();

    [GeneratedRegex($"^regions/({Id})/neighbourhoods/(BU[0-9]{{8}})\\z")]
    private static partial Regex NeighbourhoodPattern();

    [GeneratedRegex($"^regions/({Id})/careTeams/({Id})\\z")]
    private static partial Regex CareTeamPattern();

    [GeneratedRegex($"^regions/({Id})/performanceAgreements/({Id})\\z")]
    private static partial Regex AgreementPattern();

    [GeneratedRegex($"^regions/({Id})/corporations/({Id})\\z")]
    private static partial Regex RegionCorporationPattern();

    [GeneratedRegex($"^regions/({Id})/settings\\z")]
    private static partial Regex RegionSettingsPattern();

    [GeneratedRegex($"^corporations/({Id})\\z")]
    private static partial Regex CorporationPattern();

    [GeneratedRegex($"^corporations/({Id})/units/({Id})\\z")]
    private static partial Regex UnitPattern();

    [GeneratedRegex("^municipalities/(GM[0-9]{4})\\z")]
    private static partial Regex MunicipalityPattern();

    [GeneratedRegex($"^municipalities/(GM[0-9]{{4}})/clients/({Id})\\z")]
    private static partial Regex ClientPattern();
}
