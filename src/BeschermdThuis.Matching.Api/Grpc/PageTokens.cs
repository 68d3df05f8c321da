using System.Buffers.Text;
using System.Text;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>
/// page_size and page_token (AIP-158). The token is opaque to callers: base64url of the list's parent and the
/// last key of the page, so a token from one list cannot be replayed on another.
/// </summary>
public static class PageTokens
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
    private const string Version = "v1";

    public static PageRequest Request(int pageSize, string? pageToken, string parent)
    {
        new Validator().Require(pageSize >= 0, "page_size", "must not be negative").ThrowIfInvalid();
        var size = pageSize == 0 ? DefaultPageSize : Math.Min(pageSize, MaxPageSize);
        return new PageRequest(size, string.IsNullOrEmpty(pageToken) ? null : Decode(pageToken, parent));
    }

    public static string Next<T>(Page<T> page, string parent) =>
        page.NextAfter is null ? string.Empty : Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Version}\n{parent}\n{page.NextAfter}"));

    private static string Decode(string token, string parent)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            throw Invalid();
        }
        var parts = text.Split('\n');
        if (parts.Length != 3 || parts[0] != Version || parts[1] != parent || parts[2].Length == 0)
        {
            throw Invalid();
        }
        return parts[2];
    }

    private static DomainValidationException Invalid() =>
        new("page_token", "is not a token this list returned; pass next_page_token from the previous page unchanged");
}
