using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Solver.Results;

namespace BeschermdThuis.Matching.Simulation.Trace;

/// <summary>
/// One period of a replication, in the order things happen: clients arrive and units are offered, the engine matches
/// everyone waiting against every free unit, each proposed pair is accepted or declined, accepted pairs are placed,
/// and what is left waits or carries over.
/// </summary>
/// <param name="Number">1 for the first period.</param>
/// <param name="Period">The period's days; the match is made on its first day.</param>
/// <param name="Arrivals">Clients who became ready to leave (joined the queue) this period.</param>
/// <param name="UnitsOffered">Units the corporations offered this period.</param>
/// <param name="Match">What the engine reported for this period's match.</param>
/// <param name="Proposals">Every pair the engine proposed, with what became of it.</param>
/// <param name="Placements">The accepted proposals: signed tenancies.</param>
/// <param name="Waiting">The queue at the period's end, each client with the reason they are still waiting.</param>
/// <param name="UnitsCarriedOver">The units still free at the period's end; they are offered again next period.</param>
public sealed record PeriodTrace(
    int Number,
    DateRange Period,
    IReadOnlyList<ClientArrival> Arrivals,
    IReadOnlyList<UnitOffer> UnitsOffered,
    PeriodMatch Match,
    IReadOnlyList<ProposalOutcome> Proposals,
    IReadOnlyList<Placement> Placements,
    IReadOnlyList<WaitingClient> Waiting,
    IReadOnlyList<UnitOffer> UnitsCarriedOver)
{
    public bool Equals(PeriodTrace? other) =>
        other is not null
        && Number == other.Number
        && Period == other.Period
        && Match == other.Match
        && Arrivals.SequenceEqual(other.Arrivals)
        && UnitsOffered.SequenceEqual(other.UnitsOffered)
        && Proposals.SequenceEqual(other.Proposals)
        && Placements.SequenceEqual(other.Placements)
        && Waiting.SequenceEqual(other.Waiting)
        && UnitsCarriedOver.SequenceEqual(other.UnitsCarriedOver);

    public override int GetHashCode() => HashCode.Combine(Number, Period, Arrivals.Count, Placements.Count, Waiting.Count);
}

/// <summary>
/// The engine's report on one period's match (no wall time: the trace stays equal per seed).
/// <paramref name="Status"/> is the overall status; <paramref name="ClientsInMatch"/> and <paramref name="UnitsInMatch"/>
/// are what it was given; <paramref name="ExcludedPairs"/> the declined pairs it was told never to propose again.
/// </summary>
public sealed record PeriodMatch(SolveStatus Status, int ClientsInMatch, int UnitsInMatch, int EligiblePairs, int ExcludedPairs, int Proposed);
