namespace BeschermdThuis.Matching.Application;

/// <summary>The named resource does not exist (or is not in the configured region).</summary>
public sealed class NotFoundException(string resourceName) : Exception($"{resourceName} was not found")
{
    public string ResourceName { get; } = resourceName;
}

/// <summary>The party may not do this; the message names the rule, never the data.</summary>
public sealed class PermissionDeniedException(string message) : Exception(message);

/// <summary>The request is well formed but the stored state does not allow it (e.g. a reserved unit cannot be deleted).</summary>
public sealed class FailedPreconditionException(string message) : Exception(message);

/// <summary>
/// A concurrent change won: the request's etag is not the stored one, or the resource kept changing while the update
/// was retried. Nothing was written; the caller reads the resource again and decides.
/// </summary>
public sealed class AbortedException(string resourceName, string message) : Exception($"{resourceName}: {message}")
{
    public string ResourceName { get; } = resourceName;
}
