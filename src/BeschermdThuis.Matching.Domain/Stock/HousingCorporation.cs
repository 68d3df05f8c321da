using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Stock;

/// <summary>A housing corporation (woningcorporatie) that offers units from its social-rent stock.</summary>
public sealed record HousingCorporation
{
    public HousingCorporation(string id, string name)
    {
        new Validator()
            .Id(id, "corporation_id")
            .Text(name, "display_name")
            .ThrowIfInvalid();
        Id = id;
        Name = name;
    }

    public string Id { get; }

    public string Name { get; }
}
