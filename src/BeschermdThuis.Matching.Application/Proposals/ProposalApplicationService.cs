using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Application.Proposals;

/// <summary>
/// Carries a matched pair from draft to signed tenancy (<see cref="ProposalLifecycle"/>). Every step reads the proposal,
/// applies the move for the party's role and writes it only over the version it read (an etag pins that version), with
/// its audit line in the same transaction. A response deadline that has passed is applied before anything else, on
/// every read as well as by the sweep (<see cref="ProposalExpiry"/>), so a late answer finds the proposal expired.
/// </summary>
public sealed class ProposalApplicationService(
    IProposalRepository proposals,
    IMatchRunRepository runs,
    IStockRepository stock,
    IClientRepository clients,
    ICareTeamRepository careTeams,
    MatchingOptions matching,
    ProposalPolicy policy,
    ClientPseudonyms pseudonyms,
    TimeProvider time)
{
    private readonly ProposalExpiry _expiry = new(proposals, policy, pseudonyms, time);

    public ProposalPolicy Policy => policy;

    /// <summary>A draft from the pair a stored match run gave the client.</summary>
    public async Task<ProposalView> CreateProposalAsync(
        Party party, string regionId, string runId, MunicipalityCode municipality, ClientReference client, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanDraftProposals(party, municipality);
        matching.EnsureServes(regionId);
        var record = await runs.GetMatchRunAsync(regionId, runId, cancellationToken)
            ?? throw new NotFoundException(ResourceNames.MatchRun(regionId, runId));
        var clientName = ResourceNames.Client(municipality, client);
        var pair = StoredMatchRun.From(record).Result.Pairs.FirstOrDefault(p => p.Client == clientName)
            ?? throw new FailedPreconditionException($"{ResourceNames.MatchRun(regionId, runId)} did not match {clientName}");
        var (corporationId, unitId) = ResourceNames.ParseUnit(pair.Unit, "match_run");
        await EnsureStillFreeAsync(municipality, client, corporationId, unitId, cancellationToken);
        if ((await ExcludedPairs.ListAsync(proposals, policy, regionId, cancellationToken)).Contains(new ExcludedPairs.Key(municipality, client, corporationId, unitId)))
        {
            throw new FailedPreconditionException(
                $"{clientName} and {pair.Unit} were declined before (or their proposal ended so that they are excluded); a desk overrides that with a justification first");
        }
        var draft = Proposal.Draft(regionId, runId, municipality, client, corporationId, unitId, new NeighbourhoodCode(pair.Neighbourhood), time.GetUtcNow());
        await proposals.CreateProposalAsync(draft, ProposalAudit.Change(party.ToString(), "Create", null, draft, null, pseudonyms), cancellationToken);
        return new ProposalView(draft, Versioned.FirstVersion, ProposalActor.Desk);
    }

    public async Task<ProposalView> GetProposalAsync(Party party, string regionId, string proposalId, CancellationToken cancellationToken)
    {
        var current = await ReadAsync(party, regionId, proposalId, cancellationToken);
        return await ViewAsync(current, AccessPolicy.EnsureCanSeeProposal(party, current.Value), cancellationToken);
    }

    /// <summary>
    /// A desk lists its municipality's proposals, a corporation those for its units that have reached it (no drafts);
    /// nobody else lists any.
    /// </summary>
    public async Task<Page<ProposalView>> ListProposalsAsync(
        Party party, string regionId, ProposalFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        matching.EnsureServes(regionId);
        var (scoped, audience) = party.Kind switch
        {
            PartyKind.MunicipalDesk when filter.Municipality is null || filter.Municipality.Value.Value == party.Id =>
                (filter with { Municipality = new MunicipalityCode(party.Id) }, ProposalActor.Desk),
            PartyKind.HousingCorporation when (filter.CorporationId is null || filter.CorporationId == party.Id) && filter.Client is null =>
                (filter with { CorporationId = party.Id }, ProposalActor.Corporation),
            _ => throw new PermissionDeniedException(
                $"{party.Kind} '{party.Id}' may not do this: a desk lists its own clients' proposals, a corporation those for its own units (not by client)"),
        };
        var found = await proposals.ListProposalsAsync(regionId, scoped, page, cancellationToken);
        var items = new List<ProposalView>(found.Items.Count);
        // A page may come back shorter than asked for a corporation (drafts are the desk's own); its token still goes on.
        foreach (var item in found.Items.Where(p => audience == ProposalActor.Desk || AccessPolicy.CorporationSees(party, p.Value)))
        {
            var current = await _expiry.ApplyIfDueAsync(item, cancellationToken);
            items.Add(await ViewAsync(current, audience, cancellationToken));
        }
        return new Page<ProposalView>(items, found.NextAfter);
    }

    /// <summary>Propose, accept, offer or withdraw, as the party's role on the proposal allows.</summary>
    public Task<ProposalView> ActAsync(Party party, string regionId, string proposalId, ProposalAction action, string? etag, CancellationToken cancellationToken) =>
        ChangeAsync(party, regionId, proposalId, etag, action.ToString(), (proposal, actor, now) =>
        {
            AccessPolicy.EnsureRoleMakes(party, actor, action);
            return (proposal.Apply(action, actor, now, policy), null);
        }, cancellationToken);

    public Task<ProposalView> DeclineAsync(
        Party party, string regionId, string proposalId, string reasonCode, string? text, string? etag, CancellationToken cancellationToken) =>
        ChangeAsync(party, regionId, proposalId, etag, nameof(ProposalAction.Decline),
            (proposal, actor, now) => (proposal.Decline(actor, reasonCode, text, now, policy), reasonCode), cancellationToken);

    /// <summary>The corporation records the signed tenancy; support must be confirmed and start by the move date.</summary>
    public Task<ProposalView> SignAsync(Party party, string regionId, string proposalId, DateOnly moveDate, string? etag, CancellationToken cancellationToken) =>
        ChangeAsync(party, regionId, proposalId, etag, nameof(ProposalAction.Sign),
            (proposal, actor, now) =>
            {
                AccessPolicy.EnsureRoleMakes(party, actor, ProposalAction.Sign);
                return (proposal.Sign(actor, moveDate, now, policy), null);
            }, cancellationToken);

    /// <summary>The desk confirms that a care team covering the unit will support the client from <paramref name="startsOn"/>.</summary>
    public async Task<ProposalView> ConfirmSupportAsync(
        Party party, string regionId, string proposalId, string careTeamId, DateOnly startsOn, string? etag, CancellationToken cancellationToken)
    {
        var seen = await ReadAsync(party, regionId, proposalId, cancellationToken);
        if (AccessPolicy.EnsureCanSeeProposal(party, seen.Value) != ProposalActor.Desk)
        {
            throw new PermissionDeniedException($"{party.Kind} '{party.Id}' may not do this: the client's desk confirms support");
        }
        var team = await careTeams.GetCareTeamAsync(regionId, careTeamId, cancellationToken)
            ?? throw new NotFoundException(ResourceNames.CareTeam(regionId, careTeamId));
        var unit = await stock.GetUnitAsync(seen.Value.CorporationId, seen.Value.UnitId, cancellationToken)
            ?? throw new FailedPreconditionException($"{ResourceNames.Unit(seen.Value.CorporationId, seen.Value.UnitId)} no longer exists");
        if (!team.ServiceArea.Covers(unit.Location, unit.Neighbourhood.Municipality))
        {
            throw new FailedPreconditionException($"{ResourceNames.CareTeam(regionId, careTeamId)} does not cover {ResourceNames.Unit(unit.CorporationId, unit.Id)}: support must come from a team that works where the client will live");
        }
        return await ChangeAsync(party, regionId, proposalId, etag, "ConfirmSupport",
            (proposal, _, now) => (proposal.ConfirmSupport(new SupportConfirmation(careTeamId, startsOn, now), now), careTeamId), cancellationToken);
    }

    /// <summary>Lets an excluded pair take part in matches again; the justification is stored and the override audited.</summary>
    public async Task<PairOverride> OverrideExclusionAsync(
        Party party, string regionId, MunicipalityCode municipality, ClientReference client, string corporationId, string unitId, string justification,
        CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanDraftProposals(party, municipality);
        matching.EnsureServes(regionId);
        var excluded = await ExcludedPairs.ListAsync(proposals, policy, regionId, cancellationToken);
        if (!excluded.Contains(new ExcludedPairs.Key(municipality, client, corporationId, unitId)))
        {
            throw new FailedPreconditionException(
                $"{ResourceNames.Client(municipality, client)} and {ResourceNames.Unit(corporationId, unitId)} are not excluded; there is nothing to override");
        }
        var pairOverride = new PairOverride(regionId, municipality, client, corporationId, unitId, justification, party.ToString(), time.GetUtcNow());
        await proposals.CreatePairOverrideAsync(pairOverride, ProposalAudit.Override(party, pairOverride, pseudonyms), cancellationToken);
        return pairOverride;
    }

    /// <summary>Applies every response deadline that has passed (the background sweep); returns how many proposals expired.</summary>
    public Task<int> ExpireOverdueAsync(CancellationToken cancellationToken) => _expiry.SweepAsync(cancellationToken);

    private async Task<ProposalView> ChangeAsync(
        Party party, string regionId, string proposalId, string? etag, string action,
        Func<Proposal, ProposalActor, DateTimeOffset, (Proposal Next, string? Reason)> move, CancellationToken cancellationToken)
    {
        var name = ResourceNames.Proposal(regionId, proposalId);
        ProposalActor audience = default;
        Proposal? before = null;
        string? reason = null;
        var updated = await Translated(() => OptimisticUpdate.RunAsync(
            name,
            etag,
            async () => await ReadAsync(party, regionId, proposalId, cancellationToken),
            current =>
            {
                audience = AccessPolicy.EnsureCanSeeProposal(party, current);
                before = current;
                (var next, reason) = move(current, audience, time.GetUtcNow());
                return Task.FromResult(next);
            },
            (next, version) => proposals.UpdateProposalIfVersionAsync(
                next, version, ProposalAudit.Change(party.ToString(), action, before, next, reason, pseudonyms), cancellationToken),
            cancellationToken));
        return await ViewAsync(updated, audience, cancellationToken);
    }

    private Task<ProposalView> ViewAsync(Versioned<Proposal> proposal, ProposalActor audience, CancellationToken cancellationToken) =>
        ProposalViews.ForAsync(clients, proposal, audience, cancellationToken);

    // Reads the proposal for a party that may see it, with any deadline that has passed applied first.
    private async Task<Versioned<Proposal>> ReadAsync(Party party, string regionId, string proposalId, CancellationToken cancellationToken)
    {
        matching.EnsureServes(regionId);
        var found = await proposals.GetProposalAsync(regionId, proposalId, cancellationToken)
            ?? throw new NotFoundException(ResourceNames.Proposal(regionId, proposalId));
        AccessPolicy.EnsureCanSeeProposal(party, found.Value);
        return await _expiry.ApplyIfDueAsync(found, cancellationToken);
    }

    private async Task EnsureStillFreeAsync(
        MunicipalityCode municipality, ClientReference client, string corporationId, string unitId, CancellationToken cancellationToken)
    {
        var stored = await clients.GetClientAsync(municipality, client, cancellationToken)
            ?? throw new FailedPreconditionException($"{ResourceNames.Client(municipality, client)} no longer exists");
        if (stored.Status != ClientStatus.Waiting)
        {
            throw new FailedPreconditionException($"{ResourceNames.Client(municipality, client)} is {stored.Status}, not waiting");
        }
        var unit = await stock.GetUnitAsync(corporationId, unitId, cancellationToken)
            ?? throw new FailedPreconditionException($"{ResourceNames.Unit(corporationId, unitId)} no longer exists");
        if (unit.Status != UnitStatus.Available)
        {
            throw new FailedPreconditionException($"{ResourceNames.Unit(corporationId, unitId)} is {unit.Status}, not available");
        }
    }


    // The lifecycle's refusals, in the application's terms (the API maps these to gRPC statuses).
    private static async Task<T> Translated<T>(Func<Task<T>> run)
    {
        try
        {
            return await run();
        }
        catch (IllegalTransitionException e)
        {
            throw new FailedPreconditionException(e.Message);
        }
        catch (SupportNotInPlaceException e)
        {
            throw new FailedPreconditionException(e.Message);
        }
        catch (ActiveProposalExistsException e)
        {
            throw new FailedPreconditionException(e.Message);
        }
    }
}
