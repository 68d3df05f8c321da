using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Repositories;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>
/// Turns what the domain and the application layer throw into gRPC statuses with rich details (google.rpc),
/// so bad input never surfaces as Unknown or Internal.
/// </summary>
public sealed class ErrorInterceptor(ILogger<ErrorInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (ToRpcException(e) is { } mapped)
        {
            LogRefused(context, mapped);
            throw mapped;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception e) when (ToRpcException(e) is { } mapped)
        {
            LogRefused(context, mapped);
            throw mapped;
        }
    }

    /// <summary>The log holds the bounded status message, never the exception's text: that may quote the whole input.</summary>
    private void LogRefused(ServerCallContext context, RpcException mapped)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("{Method} refused: {Status} {Message}", context.Method, mapped.StatusCode, mapped.Status.Detail);
        }
    }

    public static RpcException? ToRpcException(Exception exception) => exception switch
    {
        RpcException => null,
        DomainValidationException e => InvalidArgument(e),
        NotFoundException e => Simple(Code.NotFound, e.Message, new ResourceInfo { ResourceName = Bounded(e.ResourceName), Description = Bounded(e.Message) }),
        AlreadyExistsException e => Simple(Code.AlreadyExists, e.Message, new ResourceInfo { ResourceName = Bounded(e.Resource), Description = Bounded(e.Message) }),
        PermissionDeniedException e => Simple(Code.PermissionDenied, e.Message, null),
        AbortedException e => Simple(Code.Aborted, e.Message, new ResourceInfo { ResourceName = e.ResourceName, Description = e.Message }),
        FailedPreconditionException e => Simple(Code.FailedPrecondition, e.Message,
            new PreconditionFailure { Violations = { new PreconditionFailure.Types.Violation { Type = "STATE", Description = e.Message } } }),
        // The database's unique index decided a race for a client or a unit; the application translates it where it
        // expects it, and this keeps any other write that meets the index from answering UNKNOWN.
        ActiveProposalExistsException e => Simple(Code.FailedPrecondition, e.Message,
            new PreconditionFailure { Violations = { new PreconditionFailure.Types.Violation { Type = "STATE", Description = e.Message } } }),
        AffordabilityConfigurationException e => Simple(Code.FailedPrecondition, e.Message,
            new PreconditionFailure { Violations = { new PreconditionFailure.Types.Violation { Type = "CONFIGURATION", Subject = "affordability", Description = e.Message } } }),
        _ => null,
    };

    private static RpcException InvalidArgument(DomainValidationException e)
    {
        return new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = BoundedViolations.Message(e.Violations),
            Details = { Any.Pack(BoundedViolations.ToBadRequest(e.Violations)) },
        }.ToRpcException();
    }

    private static string Bounded(string text) => BoundedViolations.Cut(text, BoundedViolations.MaxDescriptionLength);

    private static RpcException Simple(Code code, string message, Google.Protobuf.IMessage? detail)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = Bounded(message) };
        if (detail is not null)
        {
            status.Details.Add(Any.Pack(detail));
        }
        return status.ToRpcException();
    }
}
