using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Application.Matching;

/// <summary>
/// Reads what a match needs from storage: the region's neighbourhoods, its available units, its waiting clients, the
/// care teams, the agreements and the affordability policy, with what the proposals so far mean for them
/// (<see cref="ProposalsInMatch"/>: active pairs pinned, declined pairs excluded, signed tenancies counted as placements).
/// </summary>
public sealed class MatchInput(
    RegionCatalog catalog,
    Domain.Repositories.IStockRepository stock,
    Domain.Repositories.IClientRepository clients,
    Domain.Repositories.ICareTeamRepository careTeams,
    Domain.Repositories.IAgreementRepository agreements,
    Domain.Repositories.IProposalRepository proposals,
    Domain.Proposals.ProposalPolicy proposalPolicy,
    Domain.Affordability.AffordabilityPolicy affordability)
{
    public Domain.Affordability.AffordabilityPolicy Affordability => affordability;

    public async Task<MatchProblem> LoadAsync(string regionId, DateRange period, int rentYear, DateOnly asOf, MatchOptions options, CancellationToken cancellationToken)
    {
        var region = await catalog.GetAsync(regionId, cancellationToken);
        var units = await stock.ListUnitsInRegionAsync(regionId, UnitStatus.Available, cancellationToken);
        var waiting = await clients.ListClientsInRegionAsync(regionId, ClientStatus.Waiting, cancellationToken);
        var teams = await careTeams.ListCareTeamsAsync(regionId, cancellationToken);
        var bound = await agreements.ListAgreementsAsync(regionId, cancellationToken);
        var housed = await clients.ListClientsInRegionAsync(regionId, ClientStatus.Housed, cancellationToken);
        var so = await ProposalsInMatch.LoadAsync(proposals, proposalPolicy, regionId, units, waiting, cancellationToken);
        try
        {
            return new MatchProblem(region.Region.DefaultLimits, so.WithSignedHomes(region.Neighbourhoods), units, waiting,
                so.WithHousedClients(teams, housed), bound, affordability, rentYear, period, asOf, so.Pinned, so.Excluded, options,
                so.PlacedUnder(bound), so.NewPlacementsIn(period));
        }
        catch (DomainValidationException e)
        {
            // The request was checked before; what is left is stored data the solver cannot take (e.g. one unit id at two corporations).
            throw new FailedPreconditionException($"the stored input of {regionId} cannot be matched: {e.Message}");
        }
    }
}
