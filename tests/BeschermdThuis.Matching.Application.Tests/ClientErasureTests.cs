using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Application.Tests.Support;
using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Proposals;
using Microsoft.Data.Sqlite;

namespace BeschermdThuis.Matching.Application.Tests;

/// <summary>
/// Issue 11, item 13: after a client's erasure no table of the database file holds the client's reference or the free
/// text written about the client; the audit trail stays whole under the pseudonym; the client is NOT_FOUND afterwards.
/// </summary>
public sealed class ClientErasureTests
{
    private const string DeclineText = "Cliënt vindt de buurt te dicht bij de oude woonplek";
    private const string Justification = "Na overleg met het FACT-team toch passend bevonden";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EraseClient_LeavesNoTraceInAnyTable_AndKeepsTheAuditUnderThePseudonym()
    {
        await using var world = new DemoWorld();
        await world.InitializeAsync();
        var run = await world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, null, Ct);
        var pair = run.Run.Result.Pairs[0];
        var (municipality, client) = ResourceNames.ParseClient(pair.Client, "pair");
        var (corporationId, unitId) = ResourceNames.ParseUnit(pair.Unit, "pair");
        var desk = new Party(PartyKind.MunicipalDesk, municipality.Value);
        var proposals = world.Proposals();
        var id = (await proposals.CreateProposalAsync(desk, DemoWorld.RegionId, run.Run.Summary.Id, municipality, client, Ct)).Proposal.Id;
        await proposals.ActAsync(desk, DemoWorld.RegionId, id, ProposalAction.Propose, null, Ct);
        await proposals.ActAsync(new Party(PartyKind.HousingCorporation, corporationId), DemoWorld.RegionId, id, ProposalAction.Accept, null, Ct);
        await proposals.ActAsync(desk, DemoWorld.RegionId, id, ProposalAction.Offer, null, Ct);

        var refused = await Assert.ThrowsAsync<FailedPreconditionException>(() => world.Erasure().EraseClientAsync(desk, municipality, client, Ct));
        Assert.Contains("OfferedToClient", refused.Message, StringComparison.Ordinal);

        await proposals.DeclineAsync(desk, DemoWorld.RegionId, id, "location", DeclineText, null, Ct);
        await proposals.OverrideExclusionAsync(desk, DemoWorld.RegionId, municipality, client, corporationId, unitId, Justification, Ct);
        await world.Clients().UpdateClientAsync(desk, municipality, client, null, WithAvoidedPlace, Ct);
        Assert.Contains("client_avoided_places.client_ref", await RowsContainingAsync(world, client.Value, wholeValue: true));
        Assert.NotEmpty(await RowsContainingAsync(world, client.Value));

        await world.Erasure().EraseClientAsync(desk, municipality, client, Ct);

        Assert.Empty(await RowsContainingAsync(world, $"clients/{client.Value}"));
        Assert.Empty(await RowsContainingAsync(world, client.Value, wholeValue: true));
        Assert.Empty(await RowsContainingAsync(world, DeclineText));
        Assert.Empty(await RowsContainingAsync(world, Justification));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Clients().GetClientAsync(desk, municipality, client, Ct));
        var pseudonym = world.Pseudonyms.Of(municipality, client);
        var audit = await world.Database.AuditTrail.ListAuditEntriesAsync(DemoWorld.RegionId, new AuditQuery(ClientPseudonym: pseudonym), new(50, null), Ct);
        Assert.Equal(["Create", "Propose", "Accept", "Offer", "Decline", "OverrideExclusion", "EraseClient"], audit.Items.Select(e => e.Action));
        var stored = await world.Matching().GetMatchRunAsync(DemoWorld.RegionId, run.Run.Summary.Id, Ct);
        Assert.Contains(stored.Result.Pairs, p => p.Client == $"erased/{pseudonym}" && p.Scores.AreaRank is null);
        Assert.DoesNotContain(stored.Explanations.Clients, e => e.Client.Contains(pseudonym, StringComparison.Ordinal));
    }

    private static Client WithAvoidedPlace(Client c)
    {
        var r = c.Recovery;
        var recovery = new RecoveryConstraints(r.AvoidAreas, r.AvoidOrigin, r.MaxPeersInNeighbourhood, r.SupportAnchors, [new AvoidedPlace(new GeoPoint(5.85, 51.84), 200)]);
        return new Client(c.Reference, c.ResponsibleMunicipality, c.HouseholdSize, c.IncomeBand, c.ReadinessDate, c.Wishes, c.Needs, recovery,
            c.Consent, c.CareTeamId, c.Status);
    }

    // Table and column of every value in the file that contains the needle (or, with wholeValue, equals it).
    private static async Task<List<string>> RowsContainingAsync(DemoWorld world, string needle, bool wholeValue = false)
    {
        var found = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={world.FilePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                tables.Add(reader.GetString(0));
            }
        }
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    var text = reader.IsDBNull(column) ? "" : reader.GetValue(column).ToString() ?? "";
                    if (wholeValue ? text == needle : text.Contains(needle, StringComparison.Ordinal))
                    {
                        found.Add($"{table}.{reader.GetName(column)}");
                    }
                }
            }
        }
        return found;
    }
}
