namespace BeschermdThuis.Matching.Simulation.Measures;

/// <summary>What a measure is broken down by: one value per subject, or one value for the scenario.</summary>
public enum MeasureSubject
{
    /// <summary>One value for the whole region.</summary>
    None = 0,

    /// <summary>One value per CBS neighbourhood (code BU…).</summary>
    Neighbourhood = 1,

    /// <summary>One value per housing corporation (its id).</summary>
    Corporation = 2,

    /// <summary>One value per municipality (code GM…).</summary>
    Municipality = 3,

    /// <summary>One value per household size (1, 2, …).</summary>
    HouseholdSize = 4,
}

/// <summary>
/// A measure of the quota simulation. <see cref="Id"/> is stable: outputs, charts and the comparison name measures by
/// it. <see cref="Explanation"/> says in plain words what it counts, per period and in total, for a board member who
/// reads the summary.
/// </summary>
public sealed record MeasureDefinition(string Id, string Name, string Unit, MeasureSubject Subject, string Explanation);
