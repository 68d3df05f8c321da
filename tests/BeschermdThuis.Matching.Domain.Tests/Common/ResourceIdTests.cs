using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Tests.Common;

public sealed class ResourceIdTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("waalboog")]
    [InlineData("u-00001")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123")] // 63 characters
    public void IsValid_Accepted(string value) => Assert.True(ResourceId.IsValid(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("Abc")]
    [InlineData("a_b")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")] // 64 characters
    public void IsValid_Refused(string? value) => Assert.False(ResourceId.IsValid(value));

    [Fact]
    public void Validate_Invalid_NamesTheGivenField() =>
        Assert.Equal(["unit_id"], Violations.FieldsOf(() => ResourceId.Validate("Bad Id", "unit_id")));
}
