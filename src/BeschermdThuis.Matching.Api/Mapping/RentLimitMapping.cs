using BeschermdThuis.Matching.Api.Mapping.Enums;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Api.Mapping;

/// <summary>A client's rent limit in one year, between proto and domain.</summary>
public static class RentLimitMapping
{
    public static int Year(int year)
    {
        new Validator().InRange(year, DomainRanges.MinRentYear, DomainRanges.MaxRentYear, "year").ThrowIfInvalid();
        return year;
    }

    public static V1.ClientRentLimit ToProto(MunicipalityCode municipality, ClientReference reference, RentLimit limit)
    {
        var message = new V1.ClientRentLimit
        {
            Client = ResourceNames.Client(municipality, reference),
            Year = limit.Year,
            IncomeBand = ClientEnums.ToProto(limit.IncomeBand),
            HouseholdSize = limit.HouseholdSize,
            Basis = ClientEnums.ToProto(limit.Basis),
            Source = limit.Source,
        };
        if (limit.MaxRent is { } maxRent)
        {
            message.MaxRentCents = maxRent.Value;
        }
        if (limit.PassendToewijzenIncomeLimit is { } passend)
        {
            message.PassendToewijzenIncomeLimitCents = passend.Value;
        }
        if (limit.PassendToewijzenIncomeLimitElderly is { } pensioner)
        {
            message.PassendToewijzenIncomeLimitPensionerCents = pensioner.Value;
        }
        if (limit.DaebIncomeLimit is { } daeb)
        {
            message.DaebIncomeLimitCents = daeb.Value;
        }
        return message;
    }
}
