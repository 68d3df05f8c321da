using BeschermdThuis.Matching.Api.Mapping;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;
using Google.Protobuf.WellKnownTypes;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>ListAuditEntries: the subject named by its resource name, the page, and the lines as the API shows them.</summary>
internal static class AuditListing
{
    public static async Task<V1.ListAuditEntriesResponse> ListAsync(
        AuditApplicationService audit, Party party, V1.ListAuditEntriesRequest request, CancellationToken cancellationToken)
    {
        var check = new ViolationCollector();
        var regionId = check.Try(() => ResourceNames.ParseRegion(request.Parent, "parent"), "");
        var subject = request.Subject ?? "";
        if (!(subject.StartsWith("regions/", StringComparison.Ordinal) || subject.StartsWith("municipalities/", StringComparison.Ordinal)
              || subject.StartsWith("corporations/", StringComparison.Ordinal)))
        {
            check.Add("subject", "must name a proposal (regions/…/proposals/…), a client (municipalities/…/clients/…) or a unit (corporations/…/units/…)");
        }
        check.ThrowIfAny();
        var scope = $"{request.Parent}\t{subject}";
        var page = PageTokens.Request(request.PageSize, request.PageToken, scope);
        var found = await ListSubjectAsync(audit, party, regionId, subject, page, cancellationToken);
        var response = new V1.ListAuditEntriesResponse { NextPageToken = PageTokens.Next(found, scope) };
        response.Entries.AddRange(found.Items.Select(ToProto));
        return response;
    }

    private static Task<Page<AuditEntry>> ListSubjectAsync(
        AuditApplicationService audit, Party party, string regionId, string subject, PageRequest page, CancellationToken cancellationToken)
    {
        if (subject.StartsWith("municipalities/", StringComparison.Ordinal))
        {
            var (municipality, client) = ResourceNames.ParseClient(subject, "subject");
            return audit.ListForClientAsync(party, regionId, municipality, client, page, cancellationToken);
        }
        if (subject.StartsWith("corporations/", StringComparison.Ordinal))
        {
            var (corporationId, unitId) = ResourceNames.ParseUnit(subject, "subject");
            return audit.ListForUnitAsync(party, regionId, corporationId, unitId, page, cancellationToken);
        }
        var (proposalRegion, proposalId) = ProposalMapping.ParseName(subject, "subject");
        if (proposalRegion != regionId)
        {
            throw new DomainValidationException("subject", $"must be a proposal of regions/{regionId}");
        }
        return audit.ListForProposalAsync(party, regionId, proposalId, page, cancellationToken);
    }

    private static V1.AuditEntry ToProto(AuditEntry entry) => new()
    {
        Sequence = entry.Sequence,
        Time = Timestamp.FromDateTimeOffset(entry.At),
        Actor = entry.Actor,
        SubjectKind = entry.SubjectKind.ToString(),
        SubjectId = entry.SubjectId,
        Action = entry.Action,
        OldState = entry.OldState ?? "",
        NewState = entry.NewState ?? "",
        Reason = entry.Reason ?? "",
    };
}
