using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Api.Tests.Mapping;

/// <summary>
/// Checks an enum mapper pair value by value. Domain and proto values carry the same names (the proto's without its
/// prefix), so comparing names also catches two values swapped or an offset between the numbers.
/// </summary>
internal static class EnumAssert
{
    /// <summary>Every value of the enum, read at run time: a value added later is covered without touching the tests.</summary>
    public static TheoryData<T> All<T>() where T : struct, Enum => new(Enum.GetValues<T>());

    /// <summary>Every proto value but UNSPECIFIED (0).</summary>
    public static TheoryData<T> AllButUnspecified<T>() where T : struct, Enum =>
        new(Enum.GetValues<T>().Where(v => !EqualityComparer<T>.Default.Equals(v, default)));

    /// <summary>Domain → proto → domain gives the value back, through the proto value of the same name.</summary>
    public static void RoundTrips<TDomain, TProto>(TDomain value, Func<TDomain, TProto> toProto, Func<TProto, TDomain> toDomain)
        where TDomain : struct, Enum
        where TProto : struct, Enum
    {
        var proto = MapsByName(value, toProto);
        Assert.Equal(value, toDomain(proto));
    }

    /// <summary>Proto → domain → proto gives the value back.</summary>
    public static void RoundTripsFromProto<TDomain, TProto>(TProto value, Func<TDomain, TProto> toProto, Func<TProto, TDomain> toDomain)
        where TDomain : struct, Enum
        where TProto : struct, Enum
    {
        var domain = toDomain(value);
        Assert.Equal(value.ToString(), domain.ToString());
        Assert.Equal(value, toProto(domain));
    }

    /// <summary>A domain value goes to the proto value of the same name, never to UNSPECIFIED.</summary>
    public static TProto MapsByName<TDomain, TProto>(TDomain value, Func<TDomain, TProto> toProto)
        where TDomain : struct, Enum
        where TProto : struct, Enum
    {
        var proto = toProto(value);
        Assert.NotEqual(default, proto);
        Assert.Equal(value.ToString(), proto.ToString());
        return proto;
    }

    /// <summary>For a mapper that only goes out: exactly one domain value reaches the proto value.</summary>
    public static void IsReachedOnce<TDomain, TProto>(TProto value, Func<TDomain, TProto> toProto)
        where TDomain : struct, Enum
        where TProto : struct, Enum =>
        Assert.Single(Enum.GetValues<TDomain>(), d => EqualityComparer<TProto>.Default.Equals(toProto(d), value));

    /// <summary>A number that is no value of the domain enum is a bug, not something to send.</summary>
    public static void RefusesToProto<TDomain, TProto>(Func<TDomain, TProto> toProto, params int[] numbers)
        where TDomain : struct, Enum
        where TProto : struct, Enum
    {
        foreach (var number in numbers)
        {
            var value = (TDomain)Enum.ToObject(typeof(TDomain), number);
            Assert.Throws<ArgumentOutOfRangeException>(() => toProto(value));
        }
    }

    /// <summary>UNSPECIFIED and a number the proto does not name are bad input on the given field.</summary>
    public static void RefusesToDomain<TDomain, TProto>(Func<TProto, string, TDomain> toDomain, string field, params int[] numbers)
        where TDomain : struct, Enum
        where TProto : struct, Enum
    {
        foreach (var number in numbers.Prepend(0))
        {
            var value = (TProto)Enum.ToObject(typeof(TProto), number);
            var e = Assert.Throws<DomainValidationException>(() => toDomain(value, field));
            Assert.Equal(field, Assert.Single(e.Violations).Field);
        }
    }
}
