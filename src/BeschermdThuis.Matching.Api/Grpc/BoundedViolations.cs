using BeschermdThuis.Matching.Domain.Common;
using Google.Rpc;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>
/// Keeps an error's size independent of the input's: at most <see cref="MaxViolations"/> field violations (the rest
/// summarised in one last violation with their count), every field path and description cut to a short length, and a
/// status message that names only the first few: under 32 KiB of trailers in all, well below a default client's
/// 64 KiB header limit. Without this a request with 10,000 bad elements answered with megabytes of trailers.
/// </summary>
public static class BoundedViolations
{
    /// <summary>The most field violations one response carries; documented in the README.</summary>
    public const int MaxViolations = 50;

    public const int MaxFieldLength = 100;
    public const int MaxDescriptionLength = 300;
    private const int ViolationsInMessage = 3;

    public static BadRequest ToBadRequest(IReadOnlyList<FieldViolation> violations)
    {
        var badRequest = new BadRequest();
        var shown = violations.Count <= MaxViolations ? violations.Count : MaxViolations - 1;
        badRequest.FieldViolations.AddRange(violations.Take(shown)
            .Select(v => new BadRequest.Types.FieldViolation { Field = Cut(v.Field, MaxFieldLength), Description = Cut(v.Description, MaxDescriptionLength) }));
        if (shown < violations.Count)
        {
            badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation
            {
                Field = Cut(violations[shown].Field, MaxFieldLength),
                Description = $"and {violations.Count - shown} more violations not listed (at most {MaxViolations} per response)",
            });
        }
        return badRequest;
    }

    /// <summary>The status message: the first violations, and how many more there are.</summary>
    public static string Message(IReadOnlyList<FieldViolation> violations)
    {
        var first = string.Join("; ", violations.Take(ViolationsInMessage)
            .Select(v => $"{Cut(v.Field, MaxFieldLength)}: {Cut(v.Description, MaxDescriptionLength)}"));
        return violations.Count <= ViolationsInMessage ? first : $"{first}; and {violations.Count - ViolationsInMessage} more";
    }

    /// <summary>At most <paramref name="length"/> characters of a text that may carry input.</summary>
    public static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
