using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Domain.Clients;

public enum ClientStatus
{
    /// <summary>Ready (or getting ready) to leave protected housing, waiting for a home.</summary>
    Waiting = 1,

    /// <summary>A proposal is out; not matched again until it ends.</summary>
    Proposed = 2,

    /// <summary>Housed: a tenancy was signed.</summary>
    Housed = 3,

    /// <summary>No longer looking through this service.</summary>
    Withdrawn = 4,
}

/// <summary>
/// A person leaving protected housing, known only by a pseudonymous reference owned by the municipal desk of the
/// responsible municipality. No name, citizen number or diagnosis is kept: only what matching needs.
/// </summary>
public sealed record Client
{
    public Client(
        ClientReference reference,
        MunicipalityCode responsibleMunicipality,
        int householdSize,
        IncomeBand incomeBand,
        DateOnly readinessDate,
        HousingWishes wishes,
        Needs needs,
        RecoveryConstraints recovery,
        ConsentScope consent,
        string? careTeamId,
        ClientStatus status)
    {
        new Validator()
            .InRange(householdSize, DomainRanges.MinHouseholdSize, DomainRanges.MaxHouseholdSize, "household_size")
            .Require(Enum.IsDefined(incomeBand), "income_band", "must be one of the income bands")
            .Require(careTeamId is null || ResourceId.IsValid(careTeamId), "care_team", ResourceId.Description)
            .Require(Enum.IsDefined(status), "status", "must be one of the client statuses")
            .Require((consent & ~AllConsent) == 0, "consent", "names an unknown consent item")
            .ThrowIfInvalid();
        Reference = reference;
        ResponsibleMunicipality = responsibleMunicipality;
        HouseholdSize = householdSize;
        IncomeBand = incomeBand;
        ReadinessDate = readinessDate;
        Wishes = wishes;
        Needs = needs;
        Recovery = recovery;
        Consent = consent;
        CareTeamId = careTeamId;
        Status = status;
    }

    private const ConsentScope AllConsent =
        ConsentScope.HouseholdSize | ConsentScope.Needs | ConsentScope.SupportArrangement | ConsentScope.ReadinessDate | ConsentScope.IncomeBand
        | ConsentScope.ContractForm;

    public ClientReference Reference { get; }

    /// <summary>The municipality whose desk owns this client's record.</summary>
    public MunicipalityCode ResponsibleMunicipality { get; }

    public int HouseholdSize { get; }

    public IncomeBand IncomeBand { get; }

    /// <summary>The day the client is ready to leave protected housing.</summary>
    public DateOnly ReadinessDate { get; }

    public HousingWishes Wishes { get; }

    public Needs Needs { get; }

    public RecoveryConstraints Recovery { get; }

    public ConsentScope Consent { get; }

    /// <summary>The care team that supports the client now; continuity of care prefers to keep it.</summary>
    public string? CareTeamId { get; }

    public ClientStatus Status { get; init; }

    /// <summary>
    /// The contract form the desk and the client aim for (principle 5): in the client's own name unless the desk records
    /// that letting via the care provider, or a contract that flips later, is the step for now.
    /// </summary>
    public ContractForm ContractForm
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new DomainValidationException("contract_form", "must be one of the contract forms");
    } = ContractForm.OwnName;

    /// <summary>Days past the readiness date on <paramref name="today"/>; negative when not yet ready.</summary>
    public int DaysPastReadiness(DateOnly today) => today.DayNumber - ReadinessDate.DayNumber;
}
