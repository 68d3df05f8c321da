using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Stock;

/// <summary>A housing corporation (woningcorporatie) that offers units from its social-rent stock.</summary>
public sealed record HousingCorporation
{
    public HousingCorporation(string id, string name)
    {
        new Validator()
            .Require(ResourceId.IsValid(id), "corporation_id", "must be 1-63 characters: lower-case letters, digits and hyphens")
            .Require(!string.IsNullOrWhiteSpace(name), "display_name", "must not be empty")
            .ThrowIfInvalid();
        Id = id;
        Name = name;
    }

    public string Id { get; }

    public string Name { get; }
}
