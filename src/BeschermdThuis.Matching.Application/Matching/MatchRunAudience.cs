using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Application.Matching;

public enum MatchRunVisibility
{
    /// <summary>Everything: the local command line, which holds the whole database anyway.</summary>
    Full = 1,

    /// <summary>Pairs and explanations of one municipality's clients (a municipal desk).</summary>
    Municipality = 2,

    /// <summary>Figures and counts only (a regional board, an administrator).</summary>
    Aggregates = 3,
}

/// <summary>How much of a match run one caller may see; <see cref="Municipality"/> is set for <see cref="MatchRunVisibility.Municipality"/>.</summary>
public sealed record MatchRunAudience(MatchRunVisibility Visibility, MunicipalityCode? Municipality = null)
{
    public static MatchRunAudience Full { get; } = new(MatchRunVisibility.Full);

    public static MatchRunAudience Aggregates { get; } = new(MatchRunVisibility.Aggregates);

    public static MatchRunAudience DeskOf(MunicipalityCode municipality) => new(MatchRunVisibility.Municipality, municipality);

    /// <summary>True when this audience may see the individual client of <paramref name="municipality"/>.</summary>
    public bool SeesClientOf(string municipality) => Visibility switch
    {
        MatchRunVisibility.Full => true,
        MatchRunVisibility.Municipality => Municipality?.Value == municipality,
        _ => false,
    };
}
