using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Storage.Mapping;

namespace BeschermdThuis.Matching.Storage.Rows;

internal sealed class AgreementRow
{
    public string RegionId { get; set; } = "";

    public string AgreementId { get; set; } = "";

    public string CorporationId { get; set; } = "";

    public string MunicipalityCode { get; set; } = "";

    public string PeriodStart { get; set; } = "";

    public string PeriodEnd { get; set; } = "";

    public int TargetUnits { get; set; }

    public int? CapUnits { get; set; }

    public int PriorityGroup { get; set; }

    /// <summary>Read only: raised by every update, never written from the domain.</summary>
    public long Version { get; set; }

    public static AgreementRow From(string regionId, PerformanceAgreement agreement) => new()
    {
        RegionId = regionId,
        AgreementId = agreement.Id,
        CorporationId = agreement.CorporationId,
        MunicipalityCode = agreement.Municipality.Value,
        PeriodStart = StorageFormats.Date(agreement.Period.Start),
        PeriodEnd = StorageFormats.Date(agreement.Period.End),
        TargetUnits = agreement.TargetUnits,
        CapUnits = agreement.CapUnits,
        PriorityGroup = (int)agreement.PriorityGroup,
    };

    public PerformanceAgreement ToDomain() =>
        new(AgreementId, CorporationId, new MunicipalityCode(MunicipalityCode),
            new DateRange(StorageFormats.Date(PeriodStart), StorageFormats.Date(PeriodEnd)),
            TargetUnits, CapUnits, (PriorityGroup)PriorityGroup);
}
