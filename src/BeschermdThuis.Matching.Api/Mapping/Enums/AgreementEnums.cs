using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Api.Mapping.Enums;

/// <summary>
/// The performance agreement's priority group between proto and domain. The domain counts from 0 (any group), the
/// proto from 1 (0 is UNSPECIFIED), so the two numbers differ by one: never cast between them.
/// </summary>
public static class AgreementEnums
{
    public static PriorityGroup ToDomain(V1.PriorityGroup group, string field) => group switch
    {
        V1.PriorityGroup.Any => PriorityGroup.Any,
        V1.PriorityGroup.ProtectedHousingOutflow => PriorityGroup.ProtectedHousingOutflow,
        V1.PriorityGroup.ShelterOutflow => PriorityGroup.ShelterOutflow,
        _ => throw new DomainValidationException(field, "must be a known priority group"),
    };

    public static V1.PriorityGroup ToProto(PriorityGroup group) => group switch
    {
        PriorityGroup.Any => V1.PriorityGroup.Any,
        PriorityGroup.ProtectedHousingOutflow => V1.PriorityGroup.ProtectedHousingOutflow,
        PriorityGroup.ShelterOutflow => V1.PriorityGroup.ShelterOutflow,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "not a priority group"),
    };
}
