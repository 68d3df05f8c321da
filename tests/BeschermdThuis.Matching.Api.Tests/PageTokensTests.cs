using BeschermdThuis.Matching.Api.Grpc;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>AIP-158 paging rules: 0 means the default, large sizes are capped, tokens only fit the list they came from.</summary>
public sealed class PageTokensTests
{
    [Theory]
    [InlineData(0, PageTokens.DefaultPageSize)]
    [InlineData(1, 1)]
    [InlineData(500, 500)]
    [InlineData(501, PageTokens.MaxPageSize)]
    [InlineData(int.MaxValue, PageTokens.MaxPageSize)]
    public void Request_PageSize(int asked, int expected) =>
        Assert.Equal(expected, PageTokens.Request(asked, null, "corporations/a").Size);

    [Fact]
    public void Request_NegativePageSize_NamesPageSize()
    {
        var e = Assert.Throws<DomainValidationException>(() => PageTokens.Request(-1, null, "corporations/a"));

        Assert.Equal("page_size", Assert.Single(e.Violations).Field);
    }

    [Fact]
    public void Token_RoundTripsTheLastKey()
    {
        var token = PageTokens.Next(new Page<string>(["a", "b"], "b"), "corporations/a");

        Assert.Equal("b", PageTokens.Request(2, token, "corporations/a").After);
    }

    [Fact]
    public void Token_LastPage_IsEmpty() =>
        Assert.Equal(string.Empty, PageTokens.Next(new Page<string>(["a"], null), "corporations/a"));

    [Theory]
    [InlineData("corporations/b")]
    [InlineData("regions/regio-nijmegen")]
    public void Token_FromAnotherList_NamesPageToken(string otherParent)
    {
        var token = PageTokens.Next(new Page<string>(["a"], "a"), "corporations/a");

        var e = Assert.Throws<DomainValidationException>(() => PageTokens.Request(10, token, otherParent));

        Assert.Equal("page_token", Assert.Single(e.Violations).Field);
    }
}
