using System.Security.Cryptography;
using System.Text;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Application.Proposals;

/// <summary>
/// The irreversible pseudonym of a client, for the audit trail and aggregates: an HMAC-SHA256 of the client's key with
/// a secret of this installation. Without the secret nobody can tell which client a pseudonym stands for, or test a
/// guess; with it the service finds a client's audit lines, as long as it is given the client's reference.
/// </summary>
public sealed class ClientPseudonyms
{
    private const int MinSecretBytes = 32;

    private readonly byte[] _secret;

    public ClientPseudonyms(byte[] secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentOutOfRangeException.ThrowIfLessThan(secret.Length, MinSecretBytes, nameof(secret));
        _secret = [.. secret];
    }

    // Letters only (each 4 bits of the hash as a..p): an erased client's proposals keep the pseudonym as their client
    // reference, which must stay a valid one, and a run of digits could look like a citizen service number (BSN).
    public string Of(MunicipalityCode municipality, ClientReference client) =>
        "ps-" + string.Concat(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes($"{municipality}/{client}"))
            .Take(16).SelectMany(b => new[] { (char)('a' + (b >> 4)), (char)('a' + (b & 0xF)) }));

    /// <summary>Reads the installation's secret from <paramref name="path"/>, creating it (random, owner-only) on first use.</summary>
    public static ClientPseudonyms LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var created = RandomNumberGenerator.GetBytes(MinSecretBytes);
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            {
                file.Write(created);
            }
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        return new ClientPseudonyms(File.ReadAllBytes(path));
    }
}
