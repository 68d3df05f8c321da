using System.Text.Json;
using System.Text.Json.Serialization;
using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Solver.Problem;

/// <summary>Reads <c>config/matching-policy.json</c> (camelCase, comments allowed, unknown members refused).</summary>
public static class MatchPolicyJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static MatchPolicy Parse(string json)
    {
        try
        {
            var policy = JsonSerializer.Deserialize<MatchPolicy>(json, Options)
                ?? throw new DomainValidationException("policy", "the matching policy is empty");
            return policy.Validate();
        }
        catch (JsonException e)
        {
            throw new DomainValidationException("policy", $"not a valid matching policy: {e.Message}");
        }
    }

    public static MatchPolicy Load(string path) => Parse(File.ReadAllText(path));

    public static string Serialize(MatchPolicy policy) => JsonSerializer.Serialize(policy, Options);
}
