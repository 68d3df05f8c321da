namespace BeschermdThuis.Matching.Api.Hosting;

/// <summary>
/// The sizes a client must respect, set explicitly rather than left to framework defaults (documented in the
/// README's errors section). Configuration keys and defaults: <c>Limits:MaxReceiveMessageBytes</c> (4 MiB, the largest
/// request message; larger answers RESOURCE_EXHAUSTED), <c>Limits:MaxSendMessageBytes</c> (16 MiB, the largest
/// response), <c>Limits:MaxRequestHeadersTotalBytes</c> (32 KiB, all request headers together, the bearer token
/// included) and <c>Limits:MaxRequestHeaderFieldBytes</c> (16 KiB, one HTTP/2 header). Kestrel's request body limit
/// is twice the message limit, so an oversized message is refused by gRPC with a status, not by Kestrel with a reset.
/// </summary>
public sealed record RequestLimits(int MaxReceiveMessageBytes, int MaxSendMessageBytes, int MaxRequestHeadersTotalBytes, int MaxRequestHeaderFieldBytes)
{
    public const int DefaultMaxReceiveMessageBytes = 4 * 1024 * 1024;
    public const int DefaultMaxSendMessageBytes = 16 * 1024 * 1024;
    public const int DefaultMaxRequestHeadersTotalBytes = 32 * 1024;
    public const int DefaultMaxRequestHeaderFieldBytes = 16 * 1024;

    public static RequestLimits Default { get; } = new(
        DefaultMaxReceiveMessageBytes, DefaultMaxSendMessageBytes, DefaultMaxRequestHeadersTotalBytes, DefaultMaxRequestHeaderFieldBytes);

    public long MaxRequestBodyBytes => 2L * MaxReceiveMessageBytes;

    public static RequestLimits From(IConfiguration configuration) => new(
        Read(configuration, "Limits:MaxReceiveMessageBytes", DefaultMaxReceiveMessageBytes),
        Read(configuration, "Limits:MaxSendMessageBytes", DefaultMaxSendMessageBytes),
        Read(configuration, "Limits:MaxRequestHeadersTotalBytes", DefaultMaxRequestHeadersTotalBytes),
        Read(configuration, "Limits:MaxRequestHeaderFieldBytes", DefaultMaxRequestHeaderFieldBytes));

    private static int Read(IConfiguration configuration, string key, int fallback) => configuration[key] switch
    {
        null or "" => fallback,
        var text when int.TryParse(text, out var value) && value > 0 => value,
        var text => throw new InvalidOperationException($"{key} '{text}' is not a positive number of bytes"),
    };
}
