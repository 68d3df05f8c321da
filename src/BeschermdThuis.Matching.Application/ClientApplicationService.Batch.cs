using BeschermdThuis.Matching.Application.Batches;
using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application;

/// <summary>
/// The batch calls on clients (AIP-233/234/235): every item is checked as its single call checks it, every wrong item
/// is reported by its index (<see cref="BatchValidationException"/>), and the batch is stored in one transaction or not at all.
/// The caller limits a call to <see cref="BatchItems.MaxItems"/>; a file import is checked in chunks of that size.
/// </summary>
public sealed partial class ClientApplicationService
{
    /// <summary>
    /// Registers every client or none. <paramref name="items"/> build the clients only after the access check; the
    /// violations of the region's references (areas, care team) are put under <c>fields.Resource</c>.
    /// </summary>
    /// <exception cref="AlreadyExistsException">A client id is taken; nothing is stored.</exception>
    public async Task<IReadOnlyList<ClientView>> BatchCreateClientsAsync(
        Party party, MunicipalityCode municipality, IReadOnlyList<Func<Client>> items, BatchFields fields, bool validateOnly,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(fields);
        AccessPolicy.EnsureCanAccessClients(party, municipality);
        var region = await EnsureMunicipalityServedAsync(municipality, cancellationToken);
        var created = new List<Client?>(items.Count);
        var violations = new List<BatchViolation>();
        // Chunks of the batch size, so that a file of any length is checked exactly as batches of calls would be.
        foreach (var chunk in items.Chunk(BatchItems.MaxItems))
        {
            var offset = created.Count;
            var (checkedClients, wrong) = await BatchItems.TryAllAsync<Client?>(chunk.Length, async i =>
            {
                var client = chunk[i]();
                return await fields.InResourceAsync(async () =>
                {
                    await EnsureReferencesExistAsync(region, client, cancellationToken);
                    return client;
                });
            });
            created.AddRange(checkedClients);
            violations.AddRange(wrong.Select(v => v with { Index = v.Index + offset }));
        }
        violations.AddRange(BatchItems.Duplicates(
            created.Select((c, i) => (i, c)).Where(k => k.c is not null).Select(k => (k.i, k.c!.Reference)), fields.Key, r => Name(municipality, r)));
        BatchItems.ThrowIfAny(violations);
        if (!validateOnly)
        {
            await clients.CreateClientsAsync([.. created.Select(c => c!)], cancellationToken);
        }
        return [.. created.Select(c => View(Versioned.First(c!)))];
    }

    /// <summary>Updates every client or none, each over the version read (and, with an etag, only over that version).</summary>
    public async Task<IReadOnlyList<ClientView>> BatchUpdateClientsAsync(
        Party party, MunicipalityCode municipality, IReadOnlyList<Func<ClientChange>> items, BatchFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(fields);
        AccessPolicy.EnsureCanAccessClients(party, municipality);
        var changes = BatchItems.CheckAll(items.Count, i => items[i]());
        BatchItems.EnsureDistinct([.. changes.Select(c => c.Reference)], fields.Key, r => Name(municipality, r));
        var region = await EnsureMunicipalityServedAsync(municipality, cancellationToken);
        var updated = await BatchUpdate.RunAsync(
            changes.Count,
            i => (Name(municipality, changes[i].Reference), changes[i].Etag),
            i => clients.GetVersionedClientAsync(municipality, changes[i].Reference, cancellationToken),
            (i, current) => fields.InResourceAsync(async () =>
            {
                var changed = changes[i].Apply(current);
                await EnsureReferencesExistAsync(region, changed, cancellationToken);
                return changed;
            }),
            all => clients.UpdateClientsIfVersionAsync(all, cancellationToken),
            cancellationToken);
        return [.. updated.Select(View)];
    }

    /// <summary>Deletes every client or none; refused (every such client named) while a client has a proposal out.</summary>
    public async Task BatchDeleteClientsAsync(
        Party party, MunicipalityCode municipality, IReadOnlyList<ClientReference> references, BatchFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(fields);
        AccessPolicy.EnsureCanAccessClients(party, municipality);
        BatchItems.EnsureDistinct(references, fields.Key, r => Name(municipality, r));
        var open = (await OpenProposals.ListAsync(proposals, catalog.ServedRegionId, new ProposalFilter(Municipality: municipality), cancellationToken))
            .GroupBy(p => p.Client).ToDictionary(g => g.Key, g => OpenProposals.Describe(g.First()));
        var refused = new List<BatchViolation>();
        for (var i = 0; i < references.Count; i++)
        {
            var current = await FindAsync(municipality, references[i], cancellationToken);
            var proposal = open.GetValueOrDefault(references[i]);
            if (current.Status == ClientStatus.Proposed || proposal is not null)
            {
                refused.Add(new BatchViolation(i, new FieldViolation(fields.Key,
                    $"{Name(municipality, references[i])} has a proposal out{proposal}; end the proposal before deleting the client")));
            }
        }
        if (refused.Count > 0)
        {
            throw new BatchPreconditionException(refused);
        }
        var missing = await clients.DeleteClientsAsync(municipality, references, cancellationToken);
        if (missing.Count > 0)
        {
            throw NotFound(municipality, missing[0]);
        }
    }
}
