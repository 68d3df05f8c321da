using System.Reflection;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>
/// Registers a service's methods as grpc-dotnet's own binder does (through the generated <c>BindService</c>), but with
/// a request marshaller from <see cref="RequestBodies"/>: grpc-dotnet deserializes the request before any
/// interceptor runs, so without this a body that is not valid protobuf answered UNKNOWN "Exception was thrown by
/// handler.". Replaces the default provider in <see cref="Hosting.MatchingServer.AddMatchingServices"/>.
/// </summary>
internal sealed class ValidatingMethodProvider<TService> : IServiceMethodProvider<TService>
    where TService : class
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<TService> context)
    {
        for (var type = typeof(TService); type is not null; type = type.BaseType)
        {
            if (type.GetCustomAttribute<BindServiceMethodAttribute>(inherit: false) is { } bind)
            {
                var method = bind.BindType.GetMethod(bind.BindMethodName, BindingFlags.Public | BindingFlags.Static,
                    [typeof(ServiceBinderBase), type])
                    ?? throw new InvalidOperationException($"{bind.BindType} has no {bind.BindMethodName}(ServiceBinderBase, {type.Name})");
                method.Invoke(null, [new Binder(context), null]);
                return;
            }
        }
    }

    private sealed class Binder(ServiceMethodProviderContext<TService> context) : ServiceBinderBase
    {
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
        {
            var handlerMethod = Find(method.Name, typeof(TRequest), typeof(ServerCallContext));
            context.AddUnaryMethod(RequestBodies.Strict(method), Metadata(handlerMethod),
                handlerMethod.CreateDelegate<UnaryServerMethod<TService, TRequest, TResponse>>());
        }

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler)
        {
            var handlerMethod = Find(method.Name, typeof(TRequest), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext));
            context.AddServerStreamingMethod(RequestBodies.Strict(method), Metadata(handlerMethod),
                handlerMethod.CreateDelegate<ServerStreamingServerMethod<TService, TRequest, TResponse>>());
        }

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler)
        {
            var handlerMethod = Find(method.Name, typeof(IAsyncStreamReader<TRequest>), typeof(ServerCallContext));
            context.AddClientStreamingMethod(RequestBodies.Strict(method), Metadata(handlerMethod),
                handlerMethod.CreateDelegate<ClientStreamingServerMethod<TService, TRequest, TResponse>>());
        }

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler)
        {
            var handlerMethod = Find(method.Name, typeof(IAsyncStreamReader<TRequest>), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext));
            context.AddDuplexStreamingMethod(RequestBodies.Strict(method), Metadata(handlerMethod),
                handlerMethod.CreateDelegate<DuplexStreamingServerMethod<TService, TRequest, TResponse>>());
        }

        private static MethodInfo Find(string name, params Type[] parameters) =>
            typeof(TService).GetMethod(name, BindingFlags.Public | BindingFlags.Instance, parameters)
            ?? throw new InvalidOperationException($"Could not find '{name}' on {typeof(TService)}.");

        // As grpc-dotnet's binder: the service's attributes, then the method's (which win), then POST only.
        private static List<object> Metadata(MethodInfo handlerMethod) =>
        [
            .. typeof(TService).GetCustomAttributes(inherit: true),
            .. handlerMethod.GetCustomAttributes(inherit: true),
            new HttpMethodMetadata(["POST"], acceptCorsPreflight: true),
        ];
    }
}
