using System.Text.Json;
using System.Text.Json.Serialization;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Simulation.Scenarios;

/// <summary>
/// Reads and writes scenario files (camelCase JSON, comments allowed, unknown members refused, every member required
/// unless it has a default). A bad value is a <see cref="ScenarioFileException"/> naming the file and the field (its
/// path in the file, e.g. <c>arrivals[2].perPeriod</c>), never another exception.
/// </summary>
public static class ScenarioFile
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        WriteIndented = true,
        Converters =
        {
            new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false),
            new CodeConverter<MunicipalityCode>(v => new MunicipalityCode(v), c => c.Value),
            new CodeConverter<NeighbourhoodCode>(v => new NeighbourhoodCode(v), c => c.Value),
        },
    };

    public static Scenario Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioFileException(path, [new FieldViolation("(file)", $"cannot be read: {e.Message}")]);
        }
        return Parse(json, path);
    }

    /// <param name="json">The file's text.</param>
    /// <param name="file">The name errors give for it.</param>
    public static Scenario Parse(string json, string file)
    {
        try
        {
            var scenario = JsonSerializer.Deserialize<Scenario>(json, Options)
                ?? throw new ScenarioFileException(file, [new FieldViolation("(file)", "is empty")]);
            return scenario.Validate();
        }
        catch (JsonException e)
        {
            throw new ScenarioFileException(file, [new FieldViolation(FieldOf(e.Path), Describe(e))]);
        }
        catch (DomainValidationException e)
        {
            throw new ScenarioFileException(file, e.Violations);
        }
    }

    public static string Serialize(Scenario scenario) => JsonSerializer.Serialize(scenario, Options);

    // "$.arrivals[2].perPeriod" -> "arrivals[2].perPeriod"; the whole document is "(file)".
    private static string FieldOf(string? path) =>
        path is null or "$" ? "(file)" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    // The serializer's message without its own "Path: … | LineNumber: …" tail, which the field and line already say.
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var text = cut >= 0 ? message[..cut] : message;
        return e.LineNumber is { } line ? $"{text} (line {line + 1})" : text;
    }

    private sealed class CodeConverter<T>(Func<string, T> parse, Func<T, string> format) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            try
            {
                return parse(text ?? throw new JsonException("must be a CBS code in quotes"));
            }
            catch (DomainValidationException e)
            {
                throw new JsonException(string.Join("; ", e.Violations.Select(v => v.Description)));
            }
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(format(value));
    }
}
