
namespace BeschermdThuis.Matching.Storage.Tests.Support;

/// <summary>A real, empty database for one test, removed again afterwards.</summary>
public interface ITestStore : IAsyncDisposable
{
    /// <summary>The options to open the store with; skips the test when the provider is not configured.</summary>
    Task<StorageOptions> PrepareAsync();

    /// <summary>A trigger that makes every insert into <paramref name="table"/> fail (to prove writes are atomic).</summary>
    string FailingInsertTrigger(string table);
}
