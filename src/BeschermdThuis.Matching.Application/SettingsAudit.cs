using System.Globalization;
using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;

namespace BeschermdThuis.Matching.Application;

/// <summary>
/// Audit lines for the administrator's changes to reference data: the region's default limits and a neighbourhood's
/// limits override, inhabitants and existing protected homes. Reference data holds no personal data, so the old and
/// new values are written as short states (cut to the trail's state length of <see cref="MaxStateLength"/>).
/// </summary>
public static class SettingsAudit
{
    /// <summary>The shortest state column of the two dialects (SQL Server's <c>NVARCHAR(63)</c>).</summary>
    public const int MaxStateLength = 63;

    public const string DefaultLimitsSubject = "default-limits";

    public static AuditEntry DefaultLimits(Party party, string regionId, DateTimeOffset at, LoadLimits before, LoadLimits after) =>
        new(0, regionId, at, party.ToString(), AuditSubjectKind.RegionSettings, DefaultLimitsSubject, "UpdateDefaultLimits",
            Limits(before), Limits(after), null, null, null, null);

    public static AuditEntry Neighbourhood(Party party, string regionId, DateTimeOffset at, Neighbourhood before, Neighbourhood after) =>
        new(0, regionId, at, party.ToString(), AuditSubjectKind.RegionSettings, after.Code.Value, "UpdateNeighbourhood",
            Describe(before), Describe(after), null, null, null, null);

    public static string State(string text) => text.Length <= MaxStateLength ? text : text[..(MaxStateLength - 1)] + "…";

    private static string Limits(LoadLimits limits) =>
        string.Create(CultureInfo.InvariantCulture, $"{limits.NewPlacementsPerPeriod}/period {limits.MaxProtectedHomesPerThousandInhabitants}/1000");

    private static string Describe(Neighbourhood n)
    {
        var source = n.InhabitantsEstimated ? "est." : n.InhabitantsCountYear is { } year ? $"CBS {year}" : "count";
        var limits = n.LimitsOverride is { } l ? Limits(l) : "default";
        return State(string.Create(CultureInfo.InvariantCulture, $"{limits}; {n.Inhabitants} inh. {source}; {n.ExistingProtectedHomes} homes"));
    }
}
