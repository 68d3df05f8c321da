using BeschermdThuis.Matching.Domain.Common;
using Google.Protobuf.WellKnownTypes;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>Checks an update_mask (AIP-134) against the paths an update supports.</summary>
public static class FieldMasks
{
    public static IReadOnlySet<string> Paths(FieldMask? mask, IReadOnlySet<string> allowed)
    {
        var validator = new Validator()
            .Require(mask is { Paths.Count: > 0 }, "update_mask", $"is required: name the fields to change ({string.Join(", ", allowed.Order())})");
        if (mask is not null)
        {
            foreach (var path in mask.Paths)
            {
                validator.Require(allowed.Contains(path), "update_mask",
                    $"{FreeText.Quote(path)} cannot be updated; updatable paths: {string.Join(", ", allowed.Order())}");
            }
        }
        validator.ThrowIfInvalid();
        return mask!.Paths.ToHashSet(StringComparer.Ordinal);
    }
}
