using System.Text.Json;
using System.Text.Json.Serialization;

namespace BeschermdThuis.Matching.Domain.Common;

/// <summary>How the configuration files under config/ are read: camelCase, comments and trailing commas allowed, unknown members refused.</summary>
public static class ConfigurationJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };
}
