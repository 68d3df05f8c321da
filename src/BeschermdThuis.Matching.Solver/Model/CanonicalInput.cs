using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Solver.Model;

/// <summary>
/// A canonical text of a <see cref="MatchProblem"/> (lists sorted by id, invariant culture, geometry as WKT) and its
/// SHA-256, so a stored match run can prove which input it was made from. The order of the input lists does not matter.
/// </summary>
public static class CanonicalInput
{
    public static string Hash(MatchProblem problem) => Hash(problem, problem.Options);

    /// <summary>The hash of the problem as if it carried <paramref name="options"/>, without building that problem.</summary>
    public static string Hash(MatchProblem problem, MatchOptions options) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text(problem, options))));

    public static string Text(MatchProblem p) => Text(p, p.Options);

    public static string Text(MatchProblem p, MatchOptions o)
    {
        var s = new StringBuilder();
        void Line(FormattableString line) => s.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Line($"v1 year={p.RentYear} period={p.Period} today={p.Today:yyyy-MM-dd} default={p.RegionDefaultLimits.NewPlacementsPerPeriod}/{p.RegionDefaultLimits.MaxProtectedHomesPerThousandInhabitants}");
        foreach (var y in p.Affordability.Years)
        {
            var l = p.Affordability.LimitsFor(y);
            Line($"rent {y} {l.SocialRentCeiling} {l.RentCapSmallHousehold} {l.RentCapLargeHousehold} {l.SmallHouseholdMaxPersons}");
        }
        foreach (var n in p.Neighbourhoods.OrderBy(n => n.Code.Value, StringComparer.Ordinal))
        {
            // Written only when there are any, so the hashes of inputs without earlier placements stay as they were.
            var placed = p.NewPlacementsEarlier.GetValueOrDefault(n.Code) is > 0 and var earlier ? $" placed={earlier}" : "";
            Line($"nb {n.Code} {n.Inhabitants} {n.ExistingProtectedHomes} {n.LimitsOverride?.NewPlacementsPerPeriod}/{n.LimitsOverride?.MaxProtectedHomesPerThousandInhabitants} {BoundaryForms.Wkt(n.Boundary)}{placed}");
        }
        foreach (var u in p.Units.OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            Line($"unit {u.Id} {u.CorporationId} {u.Location} {u.Neighbourhood} {u.DwellingType} {u.Rooms} {u.Access.Floor} {u.Access.StepFree} {u.Rent.NetRent} {u.Rent.ServiceCosts} {u.Tenancy} {u.ContractForm} {u.AvailableFrom:yyyy-MM-dd} {u.Status}");
        }
        foreach (var c in p.Clients.OrderBy(c => c.Reference.Value, StringComparer.Ordinal))
        {
            var r = c.Recovery;
            Line($"client {c.Reference} {c.ResponsibleMunicipality} {c.HouseholdSize} {c.IncomeBand} {c.ReadinessDate:yyyy-MM-dd} {c.CareTeamId} {c.Status} needs={c.Needs.StepFree}/{c.Needs.GroundFloor}/{c.Needs.MinimumRooms} areas={string.Join(',', c.Wishes.Areas.Select(a => $"{a.Rank}:{a.Area}"))} types={string.Join(',', c.Wishes.DwellingTypes.Select(d => $"{d.Rank}:{d.DwellingType}"))} avoid={string.Join(',', r.AvoidAreas)} origin={r.AvoidOrigin?.Origin}/{r.AvoidOrigin?.RadiusMetres} peers={r.MaxPeersInNeighbourhood} anchors={string.Join(',', r.SupportAnchors.Select(a => $"{a.Kind}{a.Location}{a.MaxDistanceMetres}"))}{Places(r)}");
        }
        foreach (var t in p.CareTeams.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            Line($"team {t.Id} {t.Provider} {t.Base} {t.CaseloadCapacity} {t.CurrentCaseload} {string.Join(',', t.ServiceArea.Municipalities)} {(t.ServiceArea.Area is { } a ? BoundaryForms.Wkt(a) : "-")}");
        }
        foreach (var a in p.Agreements.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            Line($"agreement {a.Id} {a.CorporationId} {a.Municipality} {a.Period} {a.TargetUnits} {a.CapUnits} {a.PriorityGroup} {p.PlacedEarlier.GetValueOrDefault(a.Id)}");
        }
        foreach (var pin in p.Pinned.Select(x => x.ToString()).Order(StringComparer.Ordinal))
        {
            Line($"pin {pin}");
        }
        foreach (var ex in p.Excluded.Select(x => x.ToString()).Order(StringComparer.Ordinal))
        {
            Line($"excluded {ex}");
        }
        Line($"options {o.TimeLimit?.TotalMilliseconds} {o.Workers} {o.RandomSeed} {o.DeterministicSearch} {MatchPolicyJson.Serialize(o.Policy)}");
        return s.ToString();
    }

    // Written only when there are any, so the hashes of inputs without avoided places stay as they were.
    private static string Places(Domain.Clients.RecoveryConstraints r) =>
        r.AvoidPlaces.Count == 0
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $" places={string.Join(';', r.AvoidPlaces.Select(x => $"{x.GridEast},{x.GridNorth},{x.RadiusMetres}"))}");
}
