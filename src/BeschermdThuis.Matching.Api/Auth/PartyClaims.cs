using BeschermdThuis.Matching.Domain.Parties;

namespace BeschermdThuis.Matching.Api.Auth;

/// <summary>How a party is written in a token: the claim names, the issuer and audience, and the kind's spelling.</summary>
public static class PartyClaims
{
    public const string Kind = "party_kind";
    public const string Id = "party_id";
    public const string Issuer = "beschermdthuis-dev";
    public const string Audience = "beschermdthuis-matching";

    private static readonly Dictionary<PartyKind, string> Names = new Dictionary<PartyKind, string>
    {
        [PartyKind.HousingCorporation] = "corporation",
        [PartyKind.MunicipalDesk] = "municipal_desk",
        [PartyKind.RegionalBoard] = "regional_board",
        [PartyKind.Administrator] = "administrator",
    };

    public static string KindName(PartyKind kind) =>
        Names.TryGetValue(kind, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown party kind");

    public static PartyKind? ParseKind(string? name) =>
        Names.FirstOrDefault(pair => pair.Value == name) is { Value: not null } found ? found.Key : null;
}
