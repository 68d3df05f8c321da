using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Proposals;

/// <summary>
/// The desk lets a pair that was declined (or expired or withdrawn, where those are excluded) take part in matches again,
/// and writes down why. It lifts the exclusions of the pair's proposals that have ended when it is stored; a later
/// decline excludes the pair again.
/// </summary>
public sealed record PairOverride
{
    public PairOverride(string regionId, MunicipalityCode municipality, ClientReference client, string corporationId, string unitId,
        string justification, string decidedBy, DateTimeOffset at)
    {
        new Validator()
            .Require(ReasonText.IsValid(justification), "justification", ReasonText.Description)
            .ThrowIfInvalid();
        RegionId = regionId;
        Municipality = municipality;
        Client = client;
        CorporationId = corporationId;
        UnitId = unitId;
        Justification = justification;
        DecidedBy = decidedBy;
        At = at;
    }

    public string RegionId { get; }

    public MunicipalityCode Municipality { get; }

    public ClientReference Client { get; }

    public string CorporationId { get; }

    public string UnitId { get; }

    public string Justification { get; }

    /// <summary>The party that decided (e.g. <c>MunicipalDesk:GM0268</c>).</summary>
    public string DecidedBy { get; }

    public DateTimeOffset At { get; }
}
