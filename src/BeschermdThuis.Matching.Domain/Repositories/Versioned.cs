namespace BeschermdThuis.Matching.Domain.Repositories;

/// <summary>
/// A stored resource with its version: a number the store raises by one on every update, so a writer can ask to
/// change the resource only if nobody else has changed it since it was read (optimistic concurrency).
/// </summary>
public sealed record Versioned<T>(T Value, long Version);

/// <summary>How a conditional update ended.</summary>
public enum UpdateOutcome
{
    /// <summary>The row had the expected version; it is replaced and its version raised by one.</summary>
    Updated,

    /// <summary>There is no such row.</summary>
    NotFound,

    /// <summary>The row exists but another writer changed it since the expected version was read; nothing was written.</summary>
    Stale,
}

/// <summary>Versions as the store gives them out.</summary>
public static class Versioned
{
    /// <summary>The version of a row just created; every update raises it by one.</summary>
    public const long FirstVersion = 1;

    public static Versioned<T> First<T>(T value) => new(value, FirstVersion);
}
