using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>Puts the field paths of violations raised while handling a resource under the request field that carries it.</summary>
public static class FieldPaths
{
    public static async Task<T> Under<T>(string field, Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (DomainValidationException e)
        {
            throw e.WithFieldPrefix(field + ".");
        }
    }

    /// <summary>Builds a value; every violation is reported on <paramref name="field"/> itself.</summary>
    public static T On<T>(string field, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (DomainValidationException e)
        {
            throw new DomainValidationException(field, string.Join("; ", e.Violations.Select(v => v.Description)));
        }
    }

    /// <summary>Builds a record; violations keep their own field names, renamed where the API spells them differently.</summary>
    public static T Renamed<T>(string prefix, Func<T> build, params (string Domain, string Api)[] renames)
    {
        try
        {
            return build();
        }
        catch (DomainValidationException e)
        {
            var map = renames.ToDictionary(r => r.Domain, r => r.Api, StringComparer.Ordinal);
            throw new DomainValidationException([.. e.Violations.Select(v => v with { Field = Join(prefix, map.GetValueOrDefault(v.Field, v.Field)) })]);
        }
    }

    public static string Join(string prefix, string field) => prefix.Length == 0 ? field : $"{prefix}.{field}";
}
