using System.Security.Cryptography;

namespace BeschermdThuis.Matching.Api.Auth;

/// <summary>
/// The local HS256 key that signs development tokens: 32 random bytes, generated on first use in a file only the
/// owner can read, outside the repository so it is never committed.
/// </summary>
public static class DevelopmentSigningKey
{
    public const int KeyBytes = 32;

    /// <summary>~/.config/beschermdthuis/dev-signing-key (configuration key <c>Auth:SigningKeyPath</c> overrides it).</summary>
    public static string DefaultPath { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "beschermdthuis", "dev-signing-key");

    public static byte[] LoadOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (File.Exists(path))
        {
            var existing = File.ReadAllBytes(path);
            if (existing.Length < KeyBytes)
            {
                throw new InvalidOperationException($"the signing key in {path} is shorter than {KeyBytes} bytes; delete it to generate a new one");
            }
            return existing;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(key);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs, so every token verifies with one key.
            return File.ReadAllBytes(path);
        }
        return key;
    }
}
