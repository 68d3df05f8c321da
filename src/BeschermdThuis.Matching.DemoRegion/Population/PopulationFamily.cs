namespace BeschermdThuis.Matching.DemoRegion.Population;

/// <summary>
/// Which kind of synthetic population <see cref="DemoPopulation.Generate(DemoRegionData, int, DemoPopulationSize, DateOnly, PopulationFamily)"/>
/// draws on the demo region. Corporations, care teams, agreements, households, incomes, needs, consents and the
/// units' kinds, sizes and availability are drawn the same way in every family; the families differ in what makes
/// matching hard.
/// </summary>
public enum PopulationFamily
{
    /// <summary>
    /// The CLI demo's population: wishes, avoided areas and origins around the client's own municipality, few peer
    /// limits, support anchors only at the care team's base, the region's default load limits.
    /// </summary>
    Demo = 0,

    /// <summary>
    /// Constraints spread over the whole region (issue 14): one support anchor anywhere in the region with a maximum
    /// distance of 3 to 25 km, origins avoided within 0 to 3 km, up to three avoided neighbourhoods, three wished
    /// neighbourhoods in different districts, one to four acceptable dwelling types, peer limits from
    /// {none, 8, 5, 3} against 0 to 6 protected homes per neighbourhood, new-placement limits per neighbourhood from
    /// {1, 2, 3, 5, 8}, net rents uniform from 480 to 880 euros and readiness spread over six months.
    /// </summary>
    Spread = 1,

    /// <summary>Like <see cref="Spread"/>, with peer limits from {none, 4, 3, 2} and new-placement limits from {0, 1, 1, 2}.</summary>
    Tight = 2,
}
