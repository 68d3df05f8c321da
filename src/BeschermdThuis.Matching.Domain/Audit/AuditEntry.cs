namespace BeschermdThuis.Matching.Domain.Audit;

/// <summary>What an audit entry is about.</summary>
public enum AuditSubjectKind
{
    Proposal = 1,
    PairOverride = 2,
    MatchRun = 3,
    ClientErasure = 4,

    /// <summary>The region's default limits, or a neighbourhood's limits override or inhabitants (administrator).</summary>
    RegionSettings = 5,

    /// <summary>A housing corporation registered or changed (administrator).</summary>
    Corporation = 6,
}

/// <summary>
/// One line of the append-only audit trail: who did what to which subject, when, from which state to which, and why.
/// Never changed or deleted (the database refuses both). The client appears only as a pseudonym (a keyed hash), so the
/// trail can stay whole after a client's personal data is erased; free text is not kept here, only reason codes.
/// </summary>
/// <remarks>
/// <see cref="Sequence"/> is given by the store on append (0 before that), ascending in the order entries were written.
/// <see cref="Actor"/> is the acting party, e.g. <c>HousingCorporation:talis</c>, or <c>Clock</c> for an expiry.
/// <see cref="ClientPseudonym"/> is the client the entry concerns, pseudonymised, or null. <see cref="Reason"/> is a
/// reason code or a short system text, never a party's free text.
/// </remarks>
public sealed record AuditEntry(
    long Sequence,
    string RegionId,
    DateTimeOffset At,
    string Actor,
    AuditSubjectKind SubjectKind,
    string SubjectId,
    string Action,
    string? OldState,
    string? NewState,
    string? Reason,
    string? ClientPseudonym,
    string? CorporationId,
    string? UnitId);

/// <summary>Which entries to list: any combination of the subject, the client (by pseudonym) and the unit.</summary>
public sealed record AuditQuery(string? ProposalId = null, string? ClientPseudonym = null, string? CorporationId = null, string? UnitId = null);
