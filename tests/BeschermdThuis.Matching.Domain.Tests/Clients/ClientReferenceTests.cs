using BeschermdThuis.Matching.Domain.Clients;

namespace BeschermdThuis.Matching.Domain.Tests.Clients;

public sealed class ClientReferenceTests
{
    [Theory]
    [InlineData("c-0001")]
    [InlineData("c-123456789")] // nine digits failing the eleven-test: 9+16+21+24+25+24+21+16−9 = 147, not a multiple of 11
    [InlineData("desk-nijmegen-42")]
    public void Construction_Pseudonymous_IsAccepted(string value) => Assert.Equal(value, new ClientReference(value).Value);

    [Theory]
    [InlineData("c-111222333")] // 9+8+7+12+10+8+9+6−3 = 66 = 6·11: a valid BSN
    [InlineData("b111222333")]
    [InlineData("x-9111222333")] // a valid BSN hidden inside a longer run of digits
    [InlineData("c-111-222-333")] // separators do not hide it
    public void Construction_ContainsACitizenNumber_IsRefusedNamingClientId(string value) =>
        Assert.Equal(["client_id"], Violations.FieldsOf(() => _ = new ClientReference(value)));

    [Theory]
    [InlineData("")]
    [InlineData("C-0001")]
    [InlineData("0001")]
    public void Construction_NotAResourceId_NamesClientId(string value) =>
        Assert.Equal(["client_id"], Violations.FieldsOf(() => _ = new ClientReference(value)));

    [Fact]
    public void Construction_AllZeroDigits_IsNotTakenForACitizenNumber() =>
        Assert.Equal("c-000000000", new ClientReference("c-000000000").Value);
}
