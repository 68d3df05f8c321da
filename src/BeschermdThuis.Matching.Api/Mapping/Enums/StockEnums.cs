using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Api.Mapping.Enums;

/// <summary>
/// The unit's enums between proto and domain, value by value (the dwelling type also for a client's wishes). A proto
/// value the domain does not know (UNSPECIFIED among them) is bad input on the named field; a domain value the proto
/// does not know is a bug.
/// </summary>
public static class StockEnums
{
    public static DwellingType ToDomain(V1.DwellingType type, string field) => type switch
    {
        V1.DwellingType.Independent => DwellingType.Independent,
        V1.DwellingType.Clustered => DwellingType.Clustered,
        V1.DwellingType.Scattered => DwellingType.Scattered,
        V1.DwellingType.HousingFirst => DwellingType.HousingFirst,
        V1.DwellingType.SkaeveHuse => DwellingType.SkaeveHuse,
        _ => throw new DomainValidationException(field, "must be one of the dwelling types"),
    };

    public static V1.DwellingType ToProto(DwellingType type) => type switch
    {
        DwellingType.Independent => V1.DwellingType.Independent,
        DwellingType.Clustered => V1.DwellingType.Clustered,
        DwellingType.Scattered => V1.DwellingType.Scattered,
        DwellingType.HousingFirst => V1.DwellingType.HousingFirst,
        DwellingType.SkaeveHuse => V1.DwellingType.SkaeveHuse,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a dwelling type"),
    };

    public static TenancyKind ToDomain(V1.TenancyKind tenancy, string field) => tenancy switch
    {
        V1.TenancyKind.Indefinite => TenancyKind.Indefinite,
        V1.TenancyKind.Temporary => TenancyKind.Temporary,
        _ => throw new DomainValidationException(field, "must be indefinite or temporary"),
    };

    public static V1.TenancyKind ToProto(TenancyKind tenancy) => tenancy switch
    {
        TenancyKind.Indefinite => V1.TenancyKind.Indefinite,
        TenancyKind.Temporary => V1.TenancyKind.Temporary,
        _ => throw new ArgumentOutOfRangeException(nameof(tenancy), tenancy, "not a tenancy kind"),
    };

    public static ContractForm ToDomain(V1.ContractForm form, string field) => form switch
    {
        V1.ContractForm.OwnName => ContractForm.OwnName,
        V1.ContractForm.IntermediateLetting => ContractForm.IntermediateLetting,
        V1.ContractForm.FlipContract => ContractForm.FlipContract,
        _ => throw new DomainValidationException(field, "must be one of the contract forms"),
    };

    public static V1.ContractForm ToProto(ContractForm form) => form switch
    {
        ContractForm.OwnName => V1.ContractForm.OwnName,
        ContractForm.IntermediateLetting => V1.ContractForm.IntermediateLetting,
        ContractForm.FlipContract => V1.ContractForm.FlipContract,
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "not a contract form"),
    };

    public static UnitStatus ToDomain(V1.UnitStatus status, string field) => status switch
    {
        V1.UnitStatus.Available => UnitStatus.Available,
        V1.UnitStatus.Reserved => UnitStatus.Reserved,
        V1.UnitStatus.Let => UnitStatus.Let,
        V1.UnitStatus.Withdrawn => UnitStatus.Withdrawn,
        _ => throw new DomainValidationException(field, "must be one of the unit statuses"),
    };

    public static V1.UnitStatus ToProto(UnitStatus status) => status switch
    {
        UnitStatus.Available => V1.UnitStatus.Available,
        UnitStatus.Reserved => V1.UnitStatus.Reserved,
        UnitStatus.Let => V1.UnitStatus.Let,
        UnitStatus.Withdrawn => V1.UnitStatus.Withdrawn,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a unit status"),
    };
}
