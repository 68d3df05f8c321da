using System.Security.Cryptography;
using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Application.Tests;

/// <summary>
/// An erased client's proposals keep its pseudonym as their client reference, so every pseudonym must be a valid
/// reference (a hex pseudonym once held nine digits that passed the BSN check, and reading the proposal failed).
/// </summary>
public sealed class ClientPseudonymsTests
{
    [Fact]
    public void Pseudonyms_AreValidClientReferences_StableForAKey_AndDifferentAcrossKeys()
    {
        var municipality = new MunicipalityCode("GM0268");
        for (var key = 0; key < 20; key++)
        {
            var pseudonyms = new ClientPseudonyms(RandomNumberGenerator.GetBytes(32));
            var other = new ClientPseudonyms(RandomNumberGenerator.GetBytes(32));
            for (var i = 0; i < 500; i++)
            {
                var client = new ClientReference($"c-{i:0000}");
                var pseudonym = pseudonyms.Of(municipality, client);

                Assert.Equal(pseudonym, new ClientReference(pseudonym).Value);
                Assert.Equal(35, pseudonym.Length);
                Assert.Equal(pseudonym, pseudonyms.Of(municipality, client));
                Assert.NotEqual(pseudonym, other.Of(municipality, client));
            }
        }
    }
}
