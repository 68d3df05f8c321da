using System.Text.Json.Nodes;
using BeschermdThuis.Matching.Application.Matching;

namespace BeschermdThuis.Matching.Application.Erasure;

/// <summary>
/// A stored run's documents with one client replaced by its pseudonym: the client's pair and unmatched line keep their
/// place (the run's figures stay whole) under the pseudonym, without the facts that came from the client's wishes and
/// readiness (ranks, distances, days); the client's own explanation is removed, and other clients' reasons that named
/// it name the pseudonym.
/// </summary>
internal static class MatchRunRedaction
{
    private static readonly string[] PersonalScoreFacts = ["daysPastReadiness", "areaRank", "dwellingTypeRank", "supportDistanceMetres", "careTeamKept"];

    /// <summary>The redacted documents, or null when the run does not name the client.</summary>
    public static (string ResultJson, string ExplanationsJson)? Redact(string resultJson, string explanationsJson, string clientName, string erasedName)
    {
        if (!resultJson.Contains(clientName, StringComparison.Ordinal) && !explanationsJson.Contains(clientName, StringComparison.Ordinal))
        {
            return null;
        }
        var result = JsonNode.Parse(resultJson)!.AsObject();
        foreach (var pair in Named(result["pairs"], "client", clientName))
        {
            pair["client"] = erasedName;
            var scores = pair["scores"]?.AsObject();
            foreach (var fact in PersonalScoreFacts)
            {
                scores?.Remove(fact);
            }
        }
        foreach (var unmatched in Named(result["unmatched"], "client", clientName))
        {
            unmatched["client"] = erasedName;
        }
        var explanations = JsonNode.Parse(explanationsJson)!.AsObject();
        if (explanations["clients"] is JsonArray clients)
        {
            foreach (var own in Named(clients, "client", clientName).ToList())
            {
                clients.Remove(own);
            }
            foreach (var reason in clients.SelectMany(c => c?["reasons"]?.AsArray() ?? []).OfType<JsonObject>()
                         .Where(r => r["otherClient"]?.GetValue<string>() == clientName))
            {
                reason["otherClient"] = erasedName;
            }
        }
        var redacted = (MatchDocumentJson.Write(result), MatchDocumentJson.Write(explanations));
        // Whatever place the documents may name the client in beyond the ones above, it is gone too.
        return (redacted.Item1.Replace(clientName, erasedName, StringComparison.Ordinal),
            redacted.Item2.Replace(clientName, erasedName, StringComparison.Ordinal));
    }

    private static IEnumerable<JsonObject> Named(JsonNode? list, string member, string name) =>
        (list as JsonArray ?? []).OfType<JsonObject>().Where(o => o[member]?.GetValue<string>() == name);
}
