using BeschermdThuis.Matching.Api.Mapping;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Matching;
using Google.Protobuf;
using V1 = BeschermdThuis.Matching.Api.V1;

namespace BeschermdThuis.Matching.Cli.Matching;

/// <summary>
/// The two files of <c>match</c> in the API's wire format: <c>--request</c> reads a RunMatchRequest and <c>--json</c>
/// writes the run as the API's MatchRun, both in proto JSON. The only place besides <c>serve</c> and <c>token</c> where
/// the command line uses the Api project: the files are the API's messages, so the API's own mapping reads and writes
/// them (checked by the architecture tests).
/// </summary>
internal static class ProtoJsonFiles
{
    /// <summary>
    /// Reads a RunMatchRequest. The request's fields are checked only when the returned function is called, so a bad
    /// field is reported like a bad option (after the database is found), and a file that is no proto JSON at once.
    /// </summary>
    /// <exception cref="RequestFileException">The file cannot be read or is not a RunMatchRequest in proto JSON.</exception>
    public static async Task<Func<MatchRunRequest>> ReadRequestAsync(string path, CancellationToken cancellationToken)
    {
        V1.RunMatchRequest message;
        try
        {
            message = JsonParser.Default.Parse<V1.RunMatchRequest>(await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException or IOException)
        {
            throw new RequestFileException($"{path} is not a RunMatchRequest in proto JSON: {e.Message}");
        }
        return () => MatchingMapping.ToRequest(ResourceNames.ParseRegion(message.Parent, "parent"), message);
    }

    /// <summary>Writes the full run as proto JSON (the same message the API returns).</summary>
    public static async Task WriteRunAsync(MatchRunView view, string path, CancellationToken cancellationToken)
    {
        var formatter = new JsonFormatter(JsonFormatter.Settings.Default.WithIndentation());
        await File.WriteAllTextAsync(path, formatter.Format(MatchingMapping.ToProto(view)), cancellationToken);
    }
}

internal sealed class RequestFileException(string message) : Exception(message);
