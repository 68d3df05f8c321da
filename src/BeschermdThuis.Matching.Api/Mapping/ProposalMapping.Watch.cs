using System.Globalization;
using System.Text;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Proposals;
using Google.Protobuf.WellKnownTypes;

namespace BeschermdThuis.Matching.Api.Mapping;

/// <summary>Watching proposals: the request, the events, and the opaque resume token (the event's place in the audit trail).</summary>
public static partial class ProposalMapping
{
    private const string TokenPrefix = "audit:";

    /// <summary>The region and the sequence to resume after (null: from the next move).</summary>
    public static (string RegionId, long? After) ToWatch(V1.WatchProposalsRequest request)
    {
        var check = new ViolationCollector();
        var regionId = check.Try(() => ResourceNames.ParseRegion(request.Parent, "parent"), "");
        long? after = null;
        if (!string.IsNullOrEmpty(request.ResumeToken))
        {
            after = ReadToken(request.ResumeToken);
            if (after is null)
            {
                check.Add("resume_token", "is not a token from an earlier ProposalEvent");
            }
        }
        check.ThrowIfAny();
        return (regionId, after);
    }

    public static V1.ProposalEvent ToProto(ProposalEvent change) => new()
    {
        Proposal = ToProto(change.Proposal),
        Action = change.Action,
        EventTime = Timestamp.FromDateTimeOffset(change.At),
        ResumeToken = Convert.ToBase64String(Encoding.UTF8.GetBytes(TokenPrefix + change.Sequence.ToString(CultureInfo.InvariantCulture))),
    };

    private static long? ReadToken(string token)
    {
        var bytes = new byte[token.Length];
        if (!Convert.TryFromBase64String(token, bytes, out var length))
        {
            return null;
        }
        var text = Encoding.UTF8.GetString(bytes, 0, length);
        return text.StartsWith(TokenPrefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(TokenPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : null;
    }
}
