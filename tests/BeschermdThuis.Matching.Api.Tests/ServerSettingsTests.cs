using BeschermdThuis.Matching.Api.Hosting;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Storage;
using Microsoft.Extensions.Configuration;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>The proposal workflow's settings: the policy file ships with the server, the pseudonym key lies beside the SQLite file.</summary>
public sealed class ServerSettingsTests
{
    private static ServerSettings From(Dictionary<string, string?> values) =>
        ServerSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values).Build());

    [Fact]
    public void Defaults_ThePolicyShippedWithTheServer_AKeyBesideTheDatabase_ASweepEveryMinute()
    {
        var database = Path.Combine(Path.GetTempPath(), "settings-test", "matching.db");

        var settings = From(new() { ["Storage:ConnectionString"] = StorageOptions.SqliteFile(database).ConnectionString });

        Assert.Equal(database + ".pseudonym-key", settings.PseudonymKeyPath);
        Assert.Equal(TimeSpan.FromSeconds(60), settings.SweepInterval);
        Assert.True(File.Exists(settings.ProposalPolicyPath), settings.ProposalPolicyPath);
        Assert.Equal(TimeSpan.FromDays(10), ProposalPolicyJson.Load(settings.ProposalPolicyPath).CorporationResponseTime);
    }

    [Fact]
    public void ConfiguredValues_AreTaken_AndABadSweepIntervalIsRefusedNamingTheKey()
    {
        var settings = From(new() { ["Proposals:PseudonymKeyPath"] = "/keys/pseudonyms", ["Proposals:SweepIntervalSeconds"] = "5" });

        Assert.Equal(("/keys/pseudonyms", TimeSpan.FromSeconds(5)), (settings.PseudonymKeyPath, settings.SweepInterval));
        foreach (var bad in new[] { "0", "-3", "soon" })
        {
            var e = Assert.Throws<InvalidOperationException>(() => From(new() { ["Proposals:SweepIntervalSeconds"] = bad }));
            Assert.Contains("Proposals:SweepIntervalSeconds", e.Message, StringComparison.Ordinal);
        }
    }
}
