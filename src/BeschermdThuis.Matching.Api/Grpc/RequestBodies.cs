using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>A request body that is not a valid protobuf message of the method's request type is INVALID_ARGUMENT.</summary>
internal static class RequestBodies
{
    public static Method<TRequest, TResponse> Strict<TRequest, TResponse>(Method<TRequest, TResponse> method)
    {
        var marshaller = method.RequestMarshaller;
        var strict = Marshallers.Create(marshaller.ContextualSerializer, context => Deserialize(marshaller, context, method.FullName));
        return new Method<TRequest, TResponse>(method.Type, method.ServiceName, method.Name, strict, method.ResponseMarshaller);
    }

    private static T Deserialize<T>(Marshaller<T> marshaller, DeserializationContext context, string methodName)
    {
        try
        {
            return marshaller.ContextualDeserializer(context);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw Invalid(methodName, typeof(T).Name, e.Message);
        }
    }

    private static RpcException Invalid(string methodName, string typeName, string reason) =>
        new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = $"the request body of {methodName} is not a valid protobuf {typeName} message: {BoundedViolations.Cut(reason, BoundedViolations.MaxDescriptionLength)}",
        }.ToRpcException();
}
