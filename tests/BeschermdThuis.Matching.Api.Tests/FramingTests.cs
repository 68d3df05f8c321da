using System.Net;
using System.Net.Http.Headers;
using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using Google.Protobuf;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// Garbage below the protobuf body, in gRPC's own framing (the 5-byte prefix of a message: a compressed flag and a
/// length), sent as raw HTTP/2 requests: each is the caller's mistake and answers INVALID_ARGUMENT, never UNKNOWN or
/// INTERNAL, and stores nothing.
/// </summary>
public sealed class FramingTests(KestrelServerFixture server) : IClassFixture<KestrelServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] Body => new V1.GetUnitRequest { Name = $"corporations/{CorporationB}/units/{UnitB}" }.ToByteArray();

    public static TheoryData<string, string> Frames => new()
    {
        { "an empty body", "" },
        { "compressed flag without grpc-encoding", Hex(Frame(1, Body.Length, Body)) },
        { "compressed flag 7", Hex(Frame(7, Body.Length, Body)) },
        { "length longer than the body", Hex(Frame(0, Body.Length + 10, Body)) },
        { "length shorter than the body", Hex(Frame(0, Body.Length - 3, Body)) },
        { "a prefix cut after 3 bytes", "000000" },
        { "two messages in a unary call", Hex([.. Frame(0, Body.Length, Body), .. Frame(0, Body.Length, Body)]) },
    };

    [Theory]
    [MemberData(nameof(Frames))]
    public async Task AGarbledFrame_AnswersInvalidArgument_AndStoresNothing(string what, string hex)
    {
        using var database = new DatabaseWatch(server.DatabasePath);

        var (httpStatus, grpcStatus, message) = await SendAsync(Convert.FromHexString(hex));

        Assert.True(grpcStatus == "3", $"{what}: HTTP {httpStatus}, grpc-status {grpcStatus} {message}");
        Assert.False(database.Changed(), what);
    }

    [Fact]
    public async Task ALengthOverTheMessageLimit_AnswersResourceExhausted_BeforeTheBodyIsRead()
    {
        var (httpStatus, grpcStatus, message) = await SendAsync(Frame(0, int.MaxValue, Body));

        Assert.True(grpcStatus == "8", $"HTTP {httpStatus}, grpc-status {grpcStatus} {message}");
    }

    [Fact]
    public async Task AWellFramedRequest_StillAnswersOk()
    {
        var (httpStatus, grpcStatus, message) = await SendAsync(Frame(0, Body.Length, Body));

        Assert.True(grpcStatus == "0", $"HTTP {httpStatus}, grpc-status {grpcStatus} {message}");
        Assert.Equal(HttpStatusCode.OK, httpStatus);
    }

    private async Task<(HttpStatusCode Http, string? Status, string? Message)> SendAsync(byte[] frame)
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/beschermdthuis.matching.v1.StockService/GetUnit")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(frame),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.TokenFor(CorporationBParty));
        using var response = await http.SendAsync(request, Ct);
        await response.Content.ReadAsByteArrayAsync(Ct);
        string? Header(string name) =>
            response.TrailingHeaders.TryGetValues(name, out var t) ? t.First() : response.Headers.TryGetValues(name, out var h) ? h.First() : null;
        return (response.StatusCode, Header("grpc-status"), Header("grpc-message"));
    }

    private static byte[] Frame(byte flag, int length, byte[] body) =>
        [flag, .. BitConverter.GetBytes(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(length)), .. body];

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes);
}
