using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>What grpcurl needs: server reflection lists the services, the standard health service answers. No token needed.</summary>
public sealed class ReflectionAndHealthTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    [Fact]
    public async Task Reflection_ListsExactlyTheFourServicesHealthAndReflection()
    {
        var reflection = new ServerReflection.ServerReflectionClient(server.Channel);
        using var call = reflection.ServerReflectionInfo(cancellationToken: TestContext.Current.CancellationToken);
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" }, TestContext.Current.CancellationToken);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(TestContext.Current.CancellationToken));
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name);

        Assert.Equal(ServedServices.All, services.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Reflection_DescribesTheStockServiceFile()
    {
        var reflection = new ServerReflection.ServerReflectionClient(server.Channel);
        using var call = reflection.ServerReflectionInfo(cancellationToken: TestContext.Current.CancellationToken);
        await call.RequestStream.WriteAsync(
            new ServerReflectionRequest { FileContainingSymbol = "beschermdthuis.matching.v1.StockService" }, TestContext.Current.CancellationToken);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(TestContext.Current.CancellationToken));
        var files = call.ResponseStream.Current.FileDescriptorResponse.FileDescriptorProto
            .Select(bytes => Google.Protobuf.Reflection.FileDescriptorProto.Parser.ParseFrom(bytes))
            .ToList();

        var stock = Assert.Single(files, f => f.Name == "beschermdthuis/matching/v1/stock_service.proto");
        Assert.Contains(stock.Service.Single().Method, m => m.Name == "CreateUnit");
    }

    /// <summary>grpcurl builds every message from reflection alone, so each file's imports (google/type, google/api, …) must resolve too.</summary>
    public static TheoryData<string> MatchingServices => new(ServedServices.Matching);

    [Theory]
    [MemberData(nameof(MatchingServices))]
    public async Task Reflection_ServesEveryImportedFile(string service)
    {
        var reflection = new ServerReflection.ServerReflectionClient(server.Channel);
        var known = new Dictionary<string, Google.Protobuf.Reflection.FileDescriptorProto>();
        var wanted = new Queue<ServerReflectionRequest>([new ServerReflectionRequest { FileContainingSymbol = service }]);
        using var call = reflection.ServerReflectionInfo(cancellationToken: TestContext.Current.CancellationToken);
        while (wanted.TryDequeue(out var request))
        {
            await call.RequestStream.WriteAsync(request, TestContext.Current.CancellationToken);
            Assert.True(await call.ResponseStream.MoveNext(TestContext.Current.CancellationToken));
            var response = call.ResponseStream.Current;
            Assert.True(response.ErrorResponse is null, $"{request}: {response.ErrorResponse}");
            foreach (var file in response.FileDescriptorResponse.FileDescriptorProto.Select(b => Google.Protobuf.Reflection.FileDescriptorProto.Parser.ParseFrom(b)))
            {
                known.TryAdd(file.Name, file);
            }
            foreach (var missing in known.Values.SelectMany(f => f.Dependency).Distinct().Where(d => !known.ContainsKey(d)))
            {
                if (!wanted.Any(w => w.FileByFilename == missing))
                {
                    wanted.Enqueue(new ServerReflectionRequest { FileByFilename = missing });
                }
            }
        }
        await call.RequestStream.CompleteAsync();

        Assert.Contains("google/type/date.proto", known.Keys);
        Assert.Contains("google/api/field_behavior.proto", known.Keys);
        Assert.All(known.Values.SelectMany(f => f.Dependency), d => Assert.Contains(d, known.Keys));
    }

    [Fact]
    public async Task Health_Overall_IsServing()
    {
        var health = new Health.HealthClient(server.Channel);

        var overall = await health.CheckAsync(new HealthCheckRequest(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, overall.Status);
    }
}
