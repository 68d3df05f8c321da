using System.Globalization;
using BeschermdThuis.Matching.Solver.Eligibility;

namespace BeschermdThuis.Matching.Solver.Explanations;

/// <summary>
/// Plain text for a reason: Dutch at B1 level (short sentences, everyday words) for the desk to read out, and English.
/// Rule ids and values stay in the text so a colleague can look them up.
/// </summary>
public static class ExplanationText
{
    public static string Render(Reason r, Language language) => language == Language.Dutch ? Dutch(r) : English(r);

    private static string Dutch(Reason r) => r.Kind switch
    {
        ReasonKind.Matched => r.Rank is { } rank
            ? F($"U krijgt woning {r.UnitId} aangeboden. Die ligt in uw wens nummer {rank}.")
            : F($"U krijgt woning {r.UnitId} aangeboden. Die ligt niet in een gebied dat u wenste."),
        ReasonKind.Pinned => F($"Woning {r.UnitId} was al aan u toegezegd. Dat blijft zo."),
        ReasonKind.NoEligibleUnitInWishedArea => r switch
        {
            { Count: 0 } => F($"In uw wens nummer {r.Rank} ({r.Area}) werd geen woning aangeboden."),
            { RuleCode: null } => F($"In uw wens nummer {r.Rank} ({r.Area}) was geen woning vrij: ze zijn al voorgesteld aan iemand anders, of eerder afgewezen."),
            _ => F($"In uw wens nummer {r.Rank} ({r.Area}) was geen woning die bij u past. De meeste vielen af op regel {r.RuleCode}."),
        },
        ReasonKind.WishedUnitWentToOther => F($"Woning {r.UnitId} in uw wens nummer {r.Rank} ({r.Area}) {WentTo(r.DaysDifference)}."),
        ReasonKind.WishedUnitNotUsed => F($"Woning {r.UnitId} in uw wens nummer {r.Rank} ({r.Area}) kon niet. {NotUsedDutch(r)}"),
        ReasonKind.DwellingTypeWishNotFirst => F($"Het soort woning is uw keuze nummer {r.Rank}, niet uw eerste keuze."),
        ReasonKind.NoEligibleUnit => "Er was deze keer geen woning die aan alle regels voor u voldoet.",
        ReasonKind.RuleExcludedUnits => F($"{r.Count} woningen vielen af op regel {r.RuleCode}.{DutchGloss(r.Rule, plural: true)}"),
        ReasonKind.ClosestMiss => F($"Woning {r.UnitId} viel alleen af op regel {r.RuleCode}: {r.Detail}.{DutchGloss(r.Rule, plural: false)}"),
        ReasonKind.EligibleUnitsWentToOthers => F($"{r.Count} woningen pasten bij u, maar die gingen naar anderen of konden niet."),
        ReasonKind.UnitWentToOther => F($"Woning {r.UnitId} {WentTo(r.DaysDifference)}."),
        ReasonKind.UnitNotUsed => F($"Woning {r.UnitId} kon niet. {NotUsedDutch(r)}"),
        _ => r.Kind.ToString(),
    };

    private static string English(Reason r) => r.Kind switch
    {
        ReasonKind.Matched => r.Rank is { } rank
            ? F($"Matched to unit {r.UnitId}, in area wish {rank}.")
            : F($"Matched to unit {r.UnitId}, outside the wished areas."),
        ReasonKind.Pinned => F($"Unit {r.UnitId} was already agreed (pinned) and is kept."),
        // No rule failed but no pair was left: the units there are pinned to other clients' proposals or excluded after a decline.
        ReasonKind.NoEligibleUnitInWishedArea => r switch
        {
            { Count: 0 } => F($"Area wish {r.Rank} ({r.Area}) had no unit on offer."),
            { RuleCode: null } => F($"Area wish {r.Rank} ({r.Area}) had no unit free: they are proposed to others already, or were declined before."),
            _ => F($"Area wish {r.Rank} ({r.Area}) had no eligible unit; most failed {r.RuleCode}."),
        },
        ReasonKind.WishedUnitWentToOther => F($"Unit {r.UnitId} in area wish {r.Rank} ({r.Area}) {WentToEnglish(r.DaysDifference)}."),
        ReasonKind.WishedUnitNotUsed => F($"Unit {r.UnitId} in area wish {r.Rank} ({r.Area}) could not be used: {r.Detail}."),
        ReasonKind.DwellingTypeWishNotFirst => F($"The dwelling type is wish {r.Rank}, not the first."),
        ReasonKind.NoEligibleUnit => "No eligible unit: every unit fails at least one rule.",
        ReasonKind.RuleExcludedUnits => F($"{r.Count} units failed {r.RuleCode}.{EnglishGloss(r.Rule, plural: true)}"),
        ReasonKind.ClosestMiss => F($"Closest miss: unit {r.UnitId} failed only {r.RuleCode}: {r.Detail}.{EnglishGloss(r.Rule, plural: false)}"),
        ReasonKind.EligibleUnitsWentToOthers => F($"{r.Count} units were eligible; they went to others or could not be used."),
        ReasonKind.UnitWentToOther => F($"Unit {r.UnitId} {WentToEnglish(r.DaysDifference)}."),
        ReasonKind.UnitNotUsed => F($"Unit {r.UnitId} could not be used: {r.Detail}."),
        _ => r.Kind.ToString(),
    };

    private static string NotUsedDutch(Reason r) => r.Rule switch
    {
        RuleId.AreaCapacity => F($"In die buurt zijn deze periode al {r.Count} nieuwe mensen komen wonen. Meer kan de buurt nu niet aan."),
        RuleId.RecoveryMaxPeers => "In die buurt wonen al meer mensen met begeleiding dan u wilt.",
        _ => "Dan zou iemand anders die langer wacht geen woning krijgen, of een afspraak over zorg of aantallen niet kloppen.",
    };

    // A rule whose code alone says little to the client gets a sentence; the place itself is never named.
    private static string DutchGloss(RuleId? rule, bool plural) => rule switch
    {
        RuleId.RecoveryAvoidPlace => plural ? " Ze liggen te dicht bij een plek die u wilt vermijden." : " Die ligt te dicht bij een plek die u wilt vermijden.",
        _ => "",
    };

    private static string EnglishGloss(RuleId? rule, bool plural) => rule switch
    {
        RuleId.RecoveryAvoidPlace => plural ? " They lie too close to a place the client avoids." : " It lies too close to a place the client avoids.",
        _ => "",
    };

    private static string WentTo(int? days) => days switch
    {
        > 0 => F($"ging naar iemand die {days} dagen langer wacht dan u"),
        _ => "ging naar iemand anders. Zo kregen in totaal meer mensen, of mensen die langer wachten, een woning",
    };

    private static string WentToEnglish(int? days) => days switch
    {
        > 0 => F($"went to a client {days} days further past readiness"),
        _ => F($"went to another client ({days ?? 0} days difference) because that houses more people or people waiting longer overall"),
    };

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
