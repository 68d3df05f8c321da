using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Application;

/// <summary>A neighbourhood with one of the administrator's fields changed (the record validates the result).</summary>
public static class NeighbourhoodChanges
{
    public static Neighbourhood WithLimitsOverride(Neighbourhood n, LoadLimits? limitsOverride) =>
        new(n.Code, n.Name, n.Boundary, n.Inhabitants, n.InhabitantsEstimated, n.ExistingProtectedHomes, limitsOverride, n.InhabitantsCountYear);

    /// <summary>New inhabitants with their source: estimated (<paramref name="cbsYear"/> null) or the CBS kerncijfers of that year.</summary>
    public static Neighbourhood WithInhabitants(Neighbourhood n, int inhabitants, int? cbsYear) =>
        new(n.Code, n.Name, n.Boundary, inhabitants, cbsYear is null, n.ExistingProtectedHomes, n.LimitsOverride, cbsYear);

    public static Neighbourhood WithExistingProtectedHomes(Neighbourhood n, int existingProtectedHomes) =>
        new(n.Code, n.Name, n.Boundary, n.Inhabitants, n.InhabitantsEstimated, existingProtectedHomes, n.LimitsOverride, n.InhabitantsCountYear);
}
