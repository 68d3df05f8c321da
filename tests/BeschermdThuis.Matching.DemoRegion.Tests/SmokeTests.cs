namespace BeschermdThuis.Matching.DemoRegion.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Build_Works() => Assert.True(1 + 1 == 2);
}
