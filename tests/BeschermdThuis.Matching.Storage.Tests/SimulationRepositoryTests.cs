using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Tests.Support;

namespace BeschermdThuis.Matching.Storage.Tests;

public abstract class SimulationRepositoryTests(ITestStore store) : StorageTestBase(store)
{
    private static readonly DateTimeOffset Morning = new(2026, 12, 2, 9, 15, 30, TimeSpan.Zero);

    private static SimulationRecord Simulation(string id, int minutes) =>
        new(TestData.RegionId, id, Morning.AddMinutes(minutes).AddTicks(1_234_567), new Party(PartyKind.RegionalBoard, TestData.RegionId),
            """{"scenarios":["current-agreements"],"replications":2,"seed":7,"baseline":"current-agreements"}""",
            """{"scenarios":[{"scenario":"current-agreements","measures":[{"measure":"housed","total":{"mean":12.5,"low":10.1,"high":14.9,"replications":2}}]}]}""");

    [Fact]
    public async Task CreateSimulation_ReadsBackExactly_AndListsNewestFirstWithoutTheResult()
    {
        var db = await OpenWithRegionsAsync();
        var older = Simulation("sim-20261202-091530000-aaaaaaaa", 0);
        var newer = Simulation("sim-20261202-092530000-bbbbbbbb", 10);
        await db.Simulations.CreateSimulationAsync(older, Cancel);
        await db.Simulations.CreateSimulationAsync(newer, Cancel);

        var read = await db.Simulations.GetSimulationAsync(TestData.RegionId, older.Id, Cancel);
        var first = await db.Simulations.ListSimulationsAsync(TestData.RegionId, PageRequest.First(1), Cancel);
        var second = await db.Simulations.ListSimulationsAsync(TestData.RegionId, new PageRequest(1, first.NextAfter), Cancel);

        Assert.Equal(older, read);
        Assert.Equal([newer with { ResultJson = null }], first.Items);
        Assert.Equal([older with { ResultJson = null }], second.Items);
        Assert.Null(second.NextAfter);
        Assert.Null(await db.Simulations.GetSimulationAsync(TestData.RegionId, "sim-none", Cancel));
    }

    [Fact]
    public async Task CreateSimulation_SameIdTwice_IsAlreadyExists()
    {
        var db = await OpenWithRegionsAsync();
        await db.Simulations.CreateSimulationAsync(Simulation("sim-1", 0), Cancel);

        await Assert.ThrowsAsync<AlreadyExistsException>(() => db.Simulations.CreateSimulationAsync(Simulation("sim-1", 1), Cancel));
    }
}

public sealed class SimulationRepositoryTestsSqlite() : SimulationRepositoryTests(new SqliteTestStore());

public sealed class SimulationRepositoryTestsSqlServer() : SimulationRepositoryTests(new SqlServerTestStore());
