using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application.Erasure;

/// <summary>
/// The right to erasure (issue 11, item 13): the client's desk erases the client, and afterwards nothing in the store
/// names the client except by its irreversible pseudonym (<see cref="ClientPseudonyms"/>); later calls about the
/// client answer NOT_FOUND. Refused while a proposal of the client is open (withdraw it first), and while a match of the
/// region runs (it could store the client again).
/// </summary>
public sealed class ClientErasureApplicationService(
    IClientRepository clients,
    IProposalRepository proposals,
    IMatchRunRepository runs,
    IMatchLock matchLock,
    IClientErasure erasure,
    MatchingOptions matching,
    ClientPseudonyms pseudonyms,
    TimeProvider time)
{
    private const int RunPage = 50;

    public async Task EraseClientAsync(Party party, MunicipalityCode municipality, ClientReference client, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanSeeClient(party, municipality, client);
        var name = ResourceNames.Client(municipality, client);
        _ = await clients.GetClientAsync(municipality, client, cancellationToken) ?? throw new NotFoundException(name);
        await using var held = await matchLock.AcquireOrAbortAsync(matching.RegionId, "erase the client after it", cancellationToken);
        if (await OpenProposals.FindAsync(proposals, matching.RegionId, new ProposalFilter(Municipality: municipality, Client: client), cancellationToken) is { } open)
        {
            throw new FailedPreconditionException($"{name} has an open proposal{open}; withdraw it before erasing the client");
        }
        var pseudonym = pseudonyms.Of(municipality, client);
        var rewritten = await RedactedRunsAsync(name, $"erased/{pseudonym}", cancellationToken);
        var audit = new AuditEntry(0, matching.RegionId, time.GetUtcNow(), party.ToString(), AuditSubjectKind.ClientErasure, pseudonym,
            "EraseClient", null, null, $"{rewritten.Count} match runs redacted", pseudonym, null, null);
        if (!await erasure.EraseClientAsync(new ClientErasure(municipality, client, pseudonym, rewritten, audit), cancellationToken))
        {
            throw new NotFoundException(name);
        }
    }

    private async Task<List<RewrittenMatchRun>> RedactedRunsAsync(string clientName, string erasedName, CancellationToken cancellationToken)
    {
        var rewritten = new List<RewrittenMatchRun>();
        string? after = null;
        do
        {
            var page = await runs.ListMatchRunsAsync(matching.RegionId, new PageRequest(RunPage, after), cancellationToken);
            foreach (var summary in page.Items)
            {
                var run = await runs.GetMatchRunAsync(summary.RegionId, summary.Id, cancellationToken);
                if (run is not null && MatchRunRedaction.Redact(run.ResultJson, run.ExplanationsJson, clientName, erasedName) is { } redacted)
                {
                    rewritten.Add(new RewrittenMatchRun(run.RegionId, run.Id, redacted.ResultJson, redacted.ExplanationsJson));
                }
            }
            after = page.NextAfter;
        }
        while (after is not null);
        return rewritten;
    }
}
