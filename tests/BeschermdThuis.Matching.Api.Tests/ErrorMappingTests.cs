using BeschermdThuis.Matching.Api.Grpc;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Repositories;
using Google.Rpc;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>Every failure the layers below raise gets a definite status, never Unknown; anything else is left to gRPC.</summary>
public sealed class ErrorMappingTests
{
    public static TheoryData<string> Failures => new("validation", "not found", "already exists", "denied", "state", "affordability");

    private static Exception Failure(string name) => name switch
    {
        "validation" => new DomainValidationException("unit.rooms", "must be between 1 and 12"),
        "not found" => new NotFoundException("corporations/a/units/x"),
        "already exists" => new AlreadyExistsException("corporations/a/units/x"),
        "denied" => new PermissionDeniedException("no"),
        "state" => new FailedPreconditionException("reserved"),
        _ => new AffordabilityConfigurationException("the rent cap for 2026 is not configured"),
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void ToRpcException_GivesTheStatus(string name)
    {
        var expected = name switch
        {
            "validation" => StatusCode.InvalidArgument,
            "not found" => StatusCode.NotFound,
            "already exists" => StatusCode.AlreadyExists,
            "denied" => StatusCode.PermissionDenied,
            _ => StatusCode.FailedPrecondition,
        };

        var mapped = ErrorInterceptor.ToRpcException(Failure(name));

        Assert.NotNull(mapped);
        Assert.Equal(expected, mapped.StatusCode);
        Assert.Equal((int)expected, mapped.GetRpcStatus()!.Code);
    }

    [Fact]
    public void ToRpcException_Validation_CarriesEveryFieldViolation()
    {
        var mapped = ErrorInterceptor.ToRpcException(new DomainValidationException(
            [new FieldViolation("unit.rooms", "too few"), new FieldViolation("unit.net_rent_cents", "negative")]));

        var badRequest = mapped!.GetRpcStatus()!.GetDetail<BadRequest>();
        Assert.Equal(["unit.rooms", "unit.net_rent_cents"], badRequest!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public void ToRpcException_UnexpectedFailure_IsNotDisguised() =>
        Assert.Null(ErrorInterceptor.ToRpcException(new InvalidOperationException("a bug")));
}
