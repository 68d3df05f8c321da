using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;

namespace BeschermdThuis.Matching.Application;

/// <summary>
/// Who may do what, in one place. Every application service asks this class before it touches storage, so a
/// refused call reads nothing and changes nothing.
/// <code>
/// | data                                | corporation  | municipal desk       | regional board     | administrator |
/// |-------------------------------------|--------------|----------------------|--------------------|---------------|
/// | region, neighbourhoods: read        | yes          | yes                  | yes                | yes           |
/// | neighbourhood limits, inhabitants:  | -            | -                    | -                  | yes           |
/// |   write; region settings: write     |              |                      |                    |               |
/// | region settings: read               | yes          | yes                  | its region's       | yes           |
/// | care teams: read                    | yes          | yes                  | yes                | yes           |
/// | care teams: write                   | -            | -                    | -                  | yes           |
/// | performance agreements: read        | its own      | its municipality's   | its region's       | yes           |
/// | performance agreements: write       | -            | -                    | its region's       | yes           |
/// | corporations (names): read          | yes          | yes                  | yes                | yes           |
/// | region's corporations: read         | yes          | in its region        | its region's       | yes           |
/// | region's corporations: write        | -            | -                    | -                  | yes           |
/// | units: read, write                  | its own      | -                    | -                  | -             |
/// | clients: read, write                | -            | its municipality's   | -                  | -             |
/// (A unit, client or agreement the party may not see is answered NOT_FOUND, exactly as one that does not exist.)
/// | region load (aggregates only): read | yes          | yes                  | its region's       | yes           |
/// | match runs: run                     | -            | yes (in its region)  | its region's       | -             |
/// | match runs: read                    | -            | its clients' pairs   | figures and counts | figures, counts |
/// | match runs: explain, why-not        | -            | its clients          | -                  | -             |
/// | proposals: create, propose, offer,  | -            | its clients'         | -                  | -             |
/// |   record the client's answer,       |              |                      |                    |               |
/// |   confirm support, withdraw         |              |                      |                    |               |
/// | proposals: accept, decline, sign    | its units'   | -                    | -                  | -             |
/// | proposals: read                     | its units'   | its clients'         | -                  | -             |
/// </code>
/// A corporation's id is its corporation id, a desk's id its municipality code (GM0268), a board's id its
/// region id. A corporation's token is valid only while that corporation exists (<see cref="EnsureKnownParty"/>).
/// The administrator manages reference data; it sees no individual unit or client (privacy:
/// individual data stays with the party that owns it).
/// Match runs: a desk and the region's board may run a match (a corporation may not: it would see other corporations'
/// units and the clients' placements). A run holds every client of the region, so what a reader sees is cut to its
/// role: a desk sees the pairs, unmatched clients and explanations of its own municipality's clients (with the unit
/// names), never another municipality's clients; a board's role is aggregates, so it (and an administrator) sees the
/// run's status, per-goal figures and counts, not pairs. The local command line (<c>match</c>, <c>demo</c>) works on
/// the database file itself and so sees everything (<see cref="Matching.MatchRunAudience.Full"/>).
/// </summary>
public static partial class AccessPolicy
{
    public static void EnsureCanWriteReferenceData(Party party)
    {
        if (!party.IsAdministrator)
        {
            throw Denied(party, "only an administrator changes the region's reference data (settings, neighbourhoods, corporations, care teams)");
        }
    }

    public static bool CanReadAgreement(Party party, string regionId, PerformanceAgreement agreement) => party.Kind switch
    {
        PartyKind.Administrator => true,
        PartyKind.RegionalBoard => party.Id == regionId,
        PartyKind.HousingCorporation => party.Id == agreement.CorporationId,
        PartyKind.MunicipalDesk => party.Id == agreement.Municipality.Value,
        _ => false,
    };

    /// <summary>An agreement the party may not read is answered as one that does not exist (no existence oracle).</summary>
    public static void EnsureCanReadAgreement(Party party, string regionId, PerformanceAgreement agreement)
    {
        if (!CanReadAgreement(party, regionId, agreement))
        {
            throw new NotFoundException(ResourceNames.Agreement(regionId, agreement.Id));
        }
    }

    public static void EnsureCanWriteAgreements(Party party, string regionId)
    {
        if (!(party.IsAdministrator || (party.Kind == PartyKind.RegionalBoard && party.Id == regionId)))
        {
            throw Denied(party, "only the regional board of the region or an administrator changes performance agreements");
        }
    }

    public static void EnsureCanAccessUnits(Party party, string corporationId)
    {
        if (!party.IsCorporation(corporationId))
        {
            throw Denied(party, "a corporation reads and changes only its own units");
        }
    }

    /// <summary>
    /// For a call on one named unit (get, update, delete): another corporation's unit is answered exactly as a unit that
    /// does not exist, so the answer never tells whether it exists.
    /// </summary>
    public static void EnsureCanSeeUnit(Party party, string corporationId, string unitId)
    {
        if (!party.IsCorporation(corporationId))
        {
            throw new NotFoundException(ResourceNames.Unit(corporationId, unitId));
        }
    }

    /// <summary>For a call on one named client: another municipality's client is answered as one that does not exist.</summary>
    public static void EnsureCanSeeClient(Party party, MunicipalityCode municipality, ClientReference reference)
    {
        if (!party.IsDeskOf(municipality))
        {
            throw new NotFoundException(ResourceNames.Client(municipality, reference));
        }
    }

    public static void EnsureCanAccessClients(Party party, MunicipalityCode municipality)
    {
        if (!party.IsDeskOf(municipality))
        {
            throw Denied(party, "a municipal desk reads and changes only the clients of its own municipality");
        }
    }

    public static void EnsureCanReadAggregates(Party party, string regionId)
    {
        if (party.Kind == PartyKind.RegionalBoard && party.Id != regionId)
        {
            throw Denied(party, "a regional board reads the aggregates of its own region");
        }
    }

    /// <summary>Who may run a match in the region: its desks and its board. Returns what the caller will see of the run.</summary>
    public static Matching.MatchRunAudience EnsureCanRunMatch(Party party, Region region) => party.Kind switch
    {
        PartyKind.MunicipalDesk or PartyKind.RegionalBoard => EnsureCanReadMatchRuns(party, region),
        _ => throw Denied(party, "only a municipal desk or the regional board of the region runs a match"),
    };

    /// <summary>Who may read the region's match runs, and how much of them.</summary>
    public static Matching.MatchRunAudience EnsureCanReadMatchRuns(Party party, Region region) => party.Kind switch
    {
        PartyKind.MunicipalDesk when region.Municipalities.Any(m => m.Code.Value == party.Id) => Matching.MatchRunAudience.DeskOf(new MunicipalityCode(party.Id)),
        PartyKind.RegionalBoard when party.Id == region.Id => Matching.MatchRunAudience.Aggregates,
        PartyKind.Administrator => Matching.MatchRunAudience.Aggregates,
        _ => throw Denied(party, "match runs are read by the desks and the board of the region"),
    };

    /// <summary>Explanations name one client: only an audience that sees that client gets them.</summary>
    public static void EnsureCanSeeClient(Party party, Matching.MatchRunAudience audience, MunicipalityCode municipality)
    {
        if (!audience.SeesClientOf(municipality.Value))
        {
            throw Denied(party, "a client's explanation is for the desk of the client's municipality only");
        }
    }

    private static PermissionDeniedException Denied(Party party, string rule) =>
        new($"{party.Kind} '{party.Id}' may not do this: {rule}");
}
