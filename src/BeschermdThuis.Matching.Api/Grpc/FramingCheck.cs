using System.Buffers.Binary;
using BeschermdThuis.Matching.Api.Hosting;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>
/// Checks gRPC's own framing of a request to the matching services before gRPC reads it: one message, its 5-byte
/// prefix (compressed flag, length) consistent with the body. gRPC answers a garbled prefix with INTERNAL, or UNKNOWN
/// for an unknown compressed flag, as if the server had failed; it is the caller's mistake, so it gets INVALID_ARGUMENT
/// (a length over <see cref="RequestLimits.MaxReceiveMessageBytes"/> gets RESOURCE_EXHAUSTED, as gRPC itself answers).
/// The body is read into memory, bounded by that limit, and handed on unchanged.
/// </summary>
public sealed class FramingCheck(RequestDelegate next, RequestLimits limits)
{
    private const string ServicePrefix = "/beschermdthuis.matching.v1.";
    private const int PrefixBytes = 5;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.Value?.StartsWith(ServicePrefix, StringComparison.Ordinal) != true
            || context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) != true)
        {
            await next(context);
            return;
        }
        var prefix = new byte[PrefixBytes];
        var read = await ReadAsync(context.Request.Body, prefix, context.RequestAborted);
        if (Problem(context, prefix, read) is { } problem)
        {
            await RefuseAsync(context, problem);
            return;
        }
        var length = BinaryPrimitives.ReadInt32BigEndian(prefix.AsSpan(1));
        var body = new byte[PrefixBytes + length + 1];
        prefix.CopyTo(body, 0);
        var total = PrefixBytes + await ReadAsync(context.Request.Body, body.AsMemory(PrefixBytes), context.RequestAborted);
        if (total != PrefixBytes + length)
        {
            await RefuseAsync(context, total < PrefixBytes + length
                ? (3, $"the request message is {total - PrefixBytes} bytes, its prefix says {length}")
                : (3, "a unary request carries one message; more data followed it"));
            return;
        }
        context.Request.Body = new MemoryStream(body, 0, total, writable: false);
        await next(context);
    }

    private (int Status, string Message)? Problem(HttpContext context, byte[] prefix, int read)
    {
        if (read < PrefixBytes)
        {
            return (3, $"the request ends after {read} bytes, inside the 5-byte prefix of its message");
        }
        var length = BinaryPrimitives.ReadUInt32BigEndian(prefix.AsSpan(1));
        return prefix[0] switch
        {
            > 1 => (3, $"the message prefix has compressed flag {prefix[0]}; only 0 and 1 exist"),
            1 when context.Request.Headers["grpc-encoding"] is var encoding && (encoding.Count == 0 || encoding == "identity") =>
                (3, "the message is marked compressed but the request names no grpc-encoding"),
            _ when length > limits.MaxReceiveMessageBytes =>
                (8, $"the message is {length} bytes; the largest request message is {limits.MaxReceiveMessageBytes} bytes"),
            _ => null,
        };
    }

    // Reads until the buffer is full or the body ends.
    private static async Task<int> ReadAsync(Stream body, Memory<byte> buffer, CancellationToken cancellation)
    {
        var total = 0;
        while (total < buffer.Length && await body.ReadAsync(buffer[total..], cancellation) is var n and > 0)
        {
            total += n;
        }
        return total;
    }

    private static async Task RefuseAsync(HttpContext context, (int Status, string Message) problem)
    {
        // A trailers-only response: the status travels in the headers, as gRPC does when there is no message.
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = problem.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["grpc-message"] = Uri.EscapeDataString(problem.Message);
        await context.Response.CompleteAsync();
    }
}
