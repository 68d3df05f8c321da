using BeschermdThuis.Matching.Domain.Parties;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BeschermdThuis.Matching.Api.Auth;

/// <summary>Issues development bearer tokens (HS256) that name the party: its kind and its id.</summary>
public static class DevelopmentTokenIssuer
{
    public static string Issue(byte[] key, Party party, TimeSpan lifetime, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(party);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        var now = time.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = PartyClaims.Issuer,
            Audience = PartyClaims.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = $"{PartyClaims.KindName(party.Kind)}:{party.Id}",
                [PartyClaims.Kind] = PartyClaims.KindName(party.Kind),
                [PartyClaims.Id] = party.Id,
            },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>The validation that matches <see cref="Issue"/>: signature, issuer, audience, lifetime.</summary>
    public static TokenValidationParameters ValidationParameters(byte[] key) => new()
    {
        ValidIssuer = PartyClaims.Issuer,
        ValidAudience = PartyClaims.Audience,
        IssuerSigningKey = new SymmetricSecurityKey(key),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ValidateIssuerSigningKey = true,
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = JwtRegisteredClaimNames.Sub,
    };
}
