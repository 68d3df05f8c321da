using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Tests.Common;

public sealed class ValidatorTests
{
    [Fact]
    public void ThrowIfInvalid_NoViolations_DoesNotThrow() => new Validator().Require(true, "a", "x").ThrowIfInvalid();

    [Fact]
    public void ThrowIfInvalid_CollectsEveryViolationInOrder()
    {
        var e = Assert.Throws<DomainValidationException>(() =>
            new Validator().Require(false, "a", "first").Require(true, "b", "ok").Require(false, "c", "third").ThrowIfInvalid());
        Assert.Equal([new FieldViolation("a", "first"), new FieldViolation("c", "third")], e.Violations);
        Assert.Equal("a: first; c: third", e.Message);
    }

    [Fact]
    public void Nested_PrefixesTheInnerFields()
    {
        var validator = new Validator().Nested("unit.", () => throw new DomainValidationException("rooms", "bad"));
        Assert.Equal("unit.rooms", Assert.Single(validator.Violations).Field);
    }

    [Fact]
    public void DomainValidationException_WithoutViolations_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DomainValidationException([]));
}
