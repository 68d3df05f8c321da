using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Application.Batches;

/// <summary>
/// How the caller names the parts of one item, so the violations of a batch read as its input does: over gRPC the
/// resource is under "unit" and its id is "unit_id"; a file has no resource level, only columns.
/// </summary>
/// <param name="Resource">The item's field that holds the resource ("unit", "client"), or empty.</param>
/// <param name="Key">The item's field that names or identifies the resource ("unit_id", "unit.name", "" for a bare name).</param>
public sealed record BatchFields(string Resource, string Key)
{
    /// <summary>A violation the resource reported (e.g. "rooms") as a field of the item (e.g. "unit.rooms").</summary>
    public string FieldInResource(string field) => BatchValidationException.Join(Resource, field);

    /// <summary>Runs a check of the resource; its violations are put under <see cref="Resource"/>.</summary>
    public T InResource<T>(Func<T> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        try
        {
            return check();
        }
        catch (DomainValidationException e)
        {
            throw Moved(e);
        }
    }

    /// <summary>The same as <see cref="InResource{T}"/> for a check that reads storage.</summary>
    public async Task<T> InResourceAsync<T>(Func<Task<T>> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        try
        {
            return await check();
        }
        catch (DomainValidationException e)
        {
            throw Moved(e);
        }
    }

    private DomainValidationException Moved(DomainValidationException e) =>
        new([.. e.Violations.Select(v => v with { Field = FieldInResource(v.Field) })]);
}
