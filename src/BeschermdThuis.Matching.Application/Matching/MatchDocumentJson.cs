using System.Text.Json;
using System.Text.Json.Serialization;

namespace BeschermdThuis.Matching.Application.Matching;

/// <summary>
/// The JSON of the stored match-run documents (version <see cref="DocumentVersion"/>): camelCase members, enums as
/// camelCase names, nulls left out. The documents are this service's own records, not the solver's types, so a run
/// stored today still reads the same after the solver changes.
/// </summary>
public static class MatchDocumentJson
{
    public const int DocumentVersion = 1;

    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write<T>(T document) => JsonSerializer.Serialize(document, Options);

    /// <exception cref="InvalidOperationException">The stored text is not a document of this version.</exception>
    public static T Read<T>(string json, int documentVersion, string what)
    {
        if (documentVersion != DocumentVersion)
        {
            throw new InvalidOperationException($"the stored {what} has document version {documentVersion}; this server reads version {DocumentVersion}");
        }
        return JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidOperationException($"the stored {what} is empty");
    }
}
