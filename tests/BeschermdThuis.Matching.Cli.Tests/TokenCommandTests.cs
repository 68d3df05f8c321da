using System.IdentityModel.Tokens.Jwt;
using BeschermdThuis.Matching.Api.Auth;

namespace BeschermdThuis.Matching.Cli.Tests;

public sealed class TokenCommandTests
{
    [Fact]
    public async Task Token_FirstUse_GeneratesTheKeyAndSignsWithIt()
    {
        using var dir = new TemporaryDirectory();
        var keyFile = dir.File("keys/dev-signing-key");

        var outcome = await CliProcess.RunAsync(dir.Path, "token", "--party", "MunicipalDesk", "--id", "GM0268", "--key", keyFile);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.True(File.Exists(keyFile));
        var token = new JwtSecurityTokenHandler().ReadJwtToken(outcome.StandardOutput.Trim());
        Assert.Contains(token.Claims, c => c.Value == "GM0268");
        var key = DevelopmentSigningKey.LoadOrCreate(keyFile);
        Assert.Equal(32, key.Length);
    }

    [Fact]
    public async Task Token_SecondUse_KeepsTheSameKey()
    {
        using var dir = new TemporaryDirectory();
        var keyFile = dir.File("dev-signing-key");

        await CliProcess.RunAsync(dir.Path, "token", "--party", "Administrator", "--id", "admin", "--key", keyFile);
        var first = await File.ReadAllBytesAsync(keyFile, TestContext.Current.CancellationToken);
        await CliProcess.RunAsync(dir.Path, "token", "--party", "Administrator", "--id", "admin", "--key", keyFile);

        Assert.Equal(first, await File.ReadAllBytesAsync(keyFile, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Token_UnknownParty_FailsWithoutAToken()
    {
        using var dir = new TemporaryDirectory();

        var outcome = await CliProcess.RunAsync(dir.Path, "token", "--party", "Landlord", "--id", "x", "--key", dir.File("k"));

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.DoesNotMatch(@"(?m)^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$", outcome.StandardOutput);
        Assert.Contains("Landlord", outcome.StandardError + outcome.StandardOutput);
    }
}
