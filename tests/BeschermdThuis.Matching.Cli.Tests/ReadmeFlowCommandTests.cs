using BeschermdThuis.Matching.Cli.Commands;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Cli.Tests;

/// <summary>
/// Issue 12's acceptance: from a fresh clone, the README's commands (init, corporations create, import of the shipped
/// samples, care-teams create, match) give pairs of the samples' own clients and units, with no demo data.
/// </summary>
public sealed class ReadmeFlowCommandTests
{
    private const string Region = "regio-nijmegen";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadmeFlow_FromInitToMatch_PairsTheSamplesOwnClientsAndUnits_WithNoDemoData()
    {
        using var dir = new TemporaryDirectory();
        CopySamples(dir.Path);

        await Step(dir, "init", "--database", "region.db");
        await Step(dir, "corporations", "create", "waalboog", "--name", "Waalboog", "--municipality", "GM0268", "--database", "region.db");
        await Step(dir, "import", "units", "samples/units.csv", "--as", "corporation:waalboog", "--database", "region.db");
        await Step(dir, "import", "clients", "samples/clients.csv", "--as", "desk:GM0268", "--database", "region.db");
        var withoutTeam = await Step(dir, "match", "--rent-year", "2025", "--language", "en", "--json", "no-team.json", "--database", "region.db");
        await Step(dir, "care-teams", "create", "fact-nijmegen", "--provider", "Pro Persona", "--municipality", "GM0268",
            "--base", "51,8245 5,8606", "--caseload", "20", "--database", "region.db");
        var match = await Step(dir, "match", "--rent-year", "2025", "--language", "en", "--json", "run.json", "--database", "region.db");

        // Without a care team no unit is covered (principle 6), so nobody is matched: the reason the README adds one.
        Assert.Equal(0, ReadRun(dir, "no-team.json").PairCount);
        Assert.Contains("care.coverage", withoutTeam.StandardOutput, StringComparison.Ordinal);
        var run = ReadRun(dir, "run.json");
        var sampleClients = SampleIds(dir, "clients.csv");
        var sampleUnits = SampleIds(dir, "units.csv");
        Assert.True(run.PairCount >= 2, match.StandardOutput);
        Assert.True(run.PairCount < sampleClients.Count, "the samples keep clients a reader can see unmatched, with reasons");
        Assert.All(run.Pairs, p => Assert.Contains(p.Client.Split('/')[^1], sampleClients));
        Assert.All(run.Pairs, p => Assert.Contains(p.Unit.Split('/')[^1], sampleUnits));
        Assert.All(run.Pairs, p => Assert.Equal($"regions/{Region}/careTeams/fact-nijmegen", p.CareTeam));
        await using var db = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(dir.File("region.db")), Ct);
        Assert.Equal(["waalboog"], (await db.Stock.ListCorporationsAsync(Ct)).Select(c => c.Id));
        var units = new List<string>();
        foreach (var status in Enum.GetValues<UnitStatus>())
        {
            units.AddRange((await db.Stock.ListUnitsInRegionAsync(Region, status, Ct)).Select(u => u.Id));
        }
        var clients = new List<string>();
        foreach (var status in Enum.GetValues<ClientStatus>())
        {
            clients.AddRange((await db.Clients.ListClientsInRegionAsync(Region, status, Ct)).Select(c => c.Reference.Value));
        }
        Assert.Equal(sampleUnits.Order(), units.Order());
        Assert.Equal(sampleClients.Order(), clients.Order());
        Assert.Equal(["fact-nijmegen"], (await db.CareTeams.ListCareTeamsAsync(Region, Ct)).Select(t => t.Id));
    }

    [Fact]
    public async Task CareTeams_BadInputAndATakenId_AreOneLineErrors_AndUpdateChangesOnlyWhatIsGiven()
    {
        using var dir = new TemporaryDirectory();
        await Step(dir, "init", "--database", "region.db");
        await Step(dir, "care-teams", "create", "fact-oost", "--provider", "Pro Persona", "--neighbourhood", "BU02680101",
            "--base", "51.8245,5.8606", "--caseload", "10", "--in-care", "4", "--database", "region.db");

        var badBase = await CliProcess.RunAsync(dir.Path, "care-teams", "create", "x", "--provider", "P", "--municipality", "GM0268",
            "--base", "51,8245", "--caseload", "1", "--database", "region.db");
        var outside = await CliProcess.RunAsync(dir.Path, "care-teams", "create", "x", "--provider", "P", "--municipality", "GM0202",
            "--base", "51,8245;5,8606", "--caseload", "1", "--database", "region.db");
        var unknownNeighbourhood = await CliProcess.RunAsync(dir.Path, "care-teams", "create", "x", "--provider", "P", "--neighbourhood", "BU99999999",
            "--base", "51,8245,5,8606", "--caseload", "1", "--database", "region.db");
        var taken = await CliProcess.RunAsync(dir.Path, "care-teams", "create", "fact-oost", "--provider", "P", "--municipality", "GM0268",
            "--base", "51.8,5.8", "--caseload", "1", "--database", "region.db");
        var updated = await Step(dir, "care-teams", "update", "fact-oost", "--caseload", "12", "--database", "region.db");
        var list = await Step(dir, "care-teams", "list", "--database", "region.db");

        Assert.Equal(2, badBase.ExitCode);
        Assert.Contains("--base: '51,8245' is not LAT,LON", badBase.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, outside.ExitCode);
        Assert.Contains("GM0202 is not a municipality of the region", outside.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, unknownNeighbourhood.ExitCode);
        Assert.Contains("'BU99999999' is not a neighbourhood of regio-nijmegen", unknownNeighbourhood.StandardError, StringComparison.Ordinal);
        Assert.Equal(1, taken.ExitCode);
        Assert.Contains("careTeams/fact-oost already exists", taken.StandardError, StringComparison.Ordinal);
        Assert.Contains("Pro Persona [+ drawn area] base 51.8245,5.8606, 4 of 12 in care", updated.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("fact-oost", list.StandardOutput, StringComparison.Ordinal);
        await using var db = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(dir.File("region.db")), Ct);
        var team = Assert.Single(await db.CareTeams.ListCareTeamsAsync(Region, Ct));
        // The drawn area is the neighbourhood's boundary: a point inside it is covered, one in another neighbourhood is not.
        var neighbourhoods = await db.Regions.ListNeighbourhoodsAsync(Region, Ct);
        var inside = neighbourhoods.Single(n => n.Code.Value == "BU02680101").Boundary;
        var elsewhere = neighbourhoods.Single(n => n.Code.Value == "BU02680205").Boundary.InteriorPoint;
        Assert.True(team.ServiceArea.Area!.EqualsTopologically(inside));
        Assert.True(team.ServiceArea.Covers(new(inside.InteriorPoint.X, inside.InteriorPoint.Y), new("GM0268")));
        Assert.False(team.ServiceArea.Covers(new(elsewhere.X, elsewhere.Y), new("GM0268")));
        Assert.Empty(team.ServiceArea.Municipalities);
    }

    private static async Task<CliProcess.Outcome> Step(TemporaryDirectory dir, params string[] args)
    {
        var outcome = await CliProcess.RunAsync(dir.Path, args);
        Assert.True(outcome.ExitCode == 0, $"{string.Join(' ', args)}: {outcome.StandardError}{outcome.StandardOutput}");
        return outcome;
    }

    private static Api.V1.MatchRun ReadRun(TemporaryDirectory dir, string file) =>
        Api.V1.MatchRun.Parser.ParseJson(File.ReadAllText(dir.File(file)));

    /// <summary>The ids in a sample's first column (after the header).</summary>
    private static List<string> SampleIds(TemporaryDirectory dir, string name) =>
        [.. File.ReadAllLines(Path.Combine(dir.Path, "samples", name)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';')[0])];

    /// <summary>The repository's samples/ folder, copied so the commands name it as the README does.</summary>
    private static void CopySamples(string workingDirectory)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var samples = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(samples, "units.csv")))
            {
                Directory.CreateDirectory(Path.Combine(workingDirectory, "samples"));
                foreach (var file in Directory.GetFiles(samples))
                {
                    File.Copy(file, Path.Combine(workingDirectory, "samples", Path.GetFileName(file)));
                }
                return;
            }
        }
        throw new FileNotFoundException($"samples/ not found above {AppContext.BaseDirectory}");
    }
}
