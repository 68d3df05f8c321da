namespace BeschermdThuis.Matching.Domain.Clients;

/// <summary>
/// What the client consented to share with a corporation that receives a proposal for its unit
/// (the "warme overdracht" needs explicit consent). Nothing is shared by default.
/// </summary>
[Flags]
public enum ConsentScope
{
    None = 0,
    HouseholdSize = 1,
    Needs = 2,
    SupportArrangement = 4,
    ReadinessDate = 8,
    IncomeBand = 16,
    ContractForm = 32,
}
