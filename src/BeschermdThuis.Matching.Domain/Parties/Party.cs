using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Parties;

public enum PartyKind
{
    HousingCorporation = 1,
    MunicipalDesk = 2,
    RegionalBoard = 3,
    Administrator = 4,
}

/// <summary>
/// Who is asking. Every call is made by one party, and what it may see follows from its kind and id:
/// a corporation its own units, a municipal desk the clients of its municipality (its id is the municipality
/// code), a regional board aggregates of its region, an administrator the region's reference data.
/// </summary>
public sealed record Party(PartyKind Kind, string Id)
{
    public bool IsCorporation(string corporationId) => Kind == PartyKind.HousingCorporation && Id == corporationId;

    public bool IsDeskOf(MunicipalityCode municipality) => Kind == PartyKind.MunicipalDesk && Id == municipality.Value;

    public bool IsAdministrator => Kind == PartyKind.Administrator;

    public override string ToString() => $"{Kind}:{Id}";
}
