using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Stock;

/// <summary>
/// A housing corporation (woningcorporatie) that offers units from its social-rent stock, and the municipalities where
/// it has stock (by CBS code, in the order given; empty for a corporation registered before its stock is known).
/// </summary>
public sealed record HousingCorporation
{
    public HousingCorporation(string id, string name)
        : this(id, name, [])
    {
    }

    public HousingCorporation(string id, string name, IReadOnlyList<MunicipalityCode> municipalities)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        new Validator()
            .Id(id, "corporation_id")
            .Text(name, "display_name")
            .AtMost(municipalities.Count, DomainRanges.MaxRegionMunicipalities, "municipalities")
            .Require(municipalities.Distinct().Count() == municipalities.Count, "municipalities", "codes must be unique")
            .ThrowIfInvalid();
        Id = id;
        Name = name;
        Municipalities = [.. municipalities];
    }

    public string Id { get; }

    public string Name { get; }

    public IReadOnlyList<MunicipalityCode> Municipalities { get; }

    public bool Equals(HousingCorporation? other) =>
        other is not null && Id == other.Id && Name == other.Name && Municipalities.SequenceEqual(other.Municipalities);

    public override int GetHashCode() => HashCode.Combine(Id, Name, Municipalities.Count);
}
