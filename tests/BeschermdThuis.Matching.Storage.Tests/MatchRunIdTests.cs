using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Storage.Tests;

public sealed class MatchRunIdTests
{
    [Fact]
    public void New_IsAResourceIdInUtcThatSortsByTime()
    {
        var unique = Guid.Parse("3f9a2c1b-0000-0000-0000-000000000000");
        var earlier = MatchRunId.New(new DateTimeOffset(2026, 11, 25, 10, 15, 30, 123, TimeSpan.FromHours(1)), unique);
        var later = MatchRunId.New(new DateTimeOffset(2026, 11, 25, 9, 15, 30, 124, TimeSpan.Zero), Guid.Empty);

        Assert.Equal("run-20261125-091530123-3f9a2c1b", earlier);
        Assert.True(ResourceId.IsValid(earlier));
        Assert.True(string.CompareOrdinal(earlier, later) < 0, $"{earlier} should sort before {later}");
    }

    [Fact]
    public void New_SameMoment_GivesDifferentIds()
    {
        var moment = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

        Assert.NotEqual(MatchRunId.New(moment), MatchRunId.New(moment));
    }
}
