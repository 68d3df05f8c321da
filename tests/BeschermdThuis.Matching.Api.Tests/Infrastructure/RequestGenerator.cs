using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;

namespace BeschermdThuis.Matching.Api.Tests.Infrastructure;

/// <summary>
/// Seeded random requests for any message type, built from its protobuf descriptor: names of the seeded data next
/// to names with odd characters, extreme and negative numbers, empty and oversized strings, undefined enum values,
/// random field masks, nested messages a few levels deep. Deterministic for a seed.
/// </summary>
public sealed class RequestGenerator(int seed)
{
    private static readonly string[] Names =
    [
        $"regions/{SeedData.RegionId}", $"regions/{SeedData.RegionId}/load", $"regions/{SeedData.RegionId}/neighbourhoods/BU02680101",
        $"regions/{SeedData.RegionId}/careTeams/{SeedData.CareTeam}", $"regions/{SeedData.RegionId}/performanceAgreements/{SeedData.AgreementA}",
        $"regions/{SeedData.RegionId}/performanceAgreements/{SeedData.AgreementB}", $"regions/{SeedData.RegionId}/matchRuns/run-1",
        $"corporations/{SeedData.CorporationA}", $"corporations/{SeedData.CorporationB}", $"corporations/{SeedData.CorporationA}/units/{SeedData.UnitA}",
        $"corporations/{SeedData.CorporationB}/units/{SeedData.UnitB}", $"corporations/{SeedData.CorporationB}/units/{SeedData.UnitBReserved}",
        "municipalities/GM0268", "municipalities/GM0209", $"municipalities/GM0268/clients/{SeedData.ClientNijmegen}",
        $"municipalities/GM0209/clients/{SeedData.ClientBeuningen}", "GM0268", "GM0209", "BU02680101", "WK026801", SeedData.CareTeam,
        SeedData.CorporationA, "new-id-1", "a", "2026-01-01",
    ];

    private static readonly string[] Odd =
    [
        "", " ", "\n", "nl-probe\n", "a\u0000b", "é", "😀", "\ud800", "../..", "%2e%2e", "\u202e", "NaN", "-1", "9223372036854775807",
        "regions/", "//", "corporations/ALPHA/units/X", "municipalities/GM02680/clients/x", new string('x', 64), new string('y', 300),
    ];

    private static readonly long[] Numbers = [0, 1, -1, 2, 3, 12, 100, 61_234, 1_000_000, 1_000_001, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue, 2026, 20260101];

    private static readonly double[] Doubles = [0, -0.0, 1, -1, 0.5, 51.84, 5.86, 52.37, 1e308, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, 999999999.9];

    private readonly Random _random = new(seed);

    public int Next(int max) => _random.Next(max);

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Valid resources, of which a generated one is sometimes a copy with one or two fields changed, so calls get past the first check.</summary>
    private static readonly Dictionary<string, Func<IMessage>> Templates = new()
    {
        [V1.Unit.Descriptor.FullName] = Messages.Unit,
        [V1.Client.Descriptor.FullName] = Messages.Client,
        [V1.CareTeam.Descriptor.FullName] = Messages.CareTeam,
        [V1.PerformanceAgreement.Descriptor.FullName] = Messages.Agreement,
    };

    public IMessage Message(MessageDescriptor descriptor, int depth = 0)
    {
        if (descriptor.FullName == FieldMask.Descriptor.FullName)
        {
            return Mask();
        }
        if (Templates.TryGetValue(descriptor.FullName, out var template) && _random.Next(2) == 0)
        {
            return Mutated(template(), depth);
        }
        var message = (IMessage)Activator.CreateInstance(descriptor.ClrType)!;
        foreach (var field in descriptor.Fields.InDeclarationOrder())
        {
            if (_random.NextDouble() < 0.3 || field.IsMap || (field.FieldType == FieldType.Message && depth > 3))
            {
                continue;
            }
            if (field.IsRepeated)
            {
                var list = (IList)field.Accessor.GetValue(message);
                var count = _random.NextDouble() < 0.05 ? 60 + _random.Next(100) : _random.Next(4);
                for (var i = 0; i < count; i++)
                {
                    list.Add(Value(field, depth));
                }
            }
            else
            {
                field.Accessor.SetValue(message, Value(field, depth));
            }
        }
        return message;
    }

    private IMessage Mutated(IMessage message, int depth)
    {
        var fields = message.Descriptor.Fields.InDeclarationOrder().Where(f => !f.IsMap && !f.IsRepeated).ToList();
        for (var changes = 1 + _random.Next(2); changes > 0; changes--)
        {
            var field = fields[_random.Next(fields.Count)];
            field.Accessor.SetValue(message, Value(field, depth));
        }
        return message;
    }

    public byte[] Garbage(byte[]? valid)
    {
        if (valid is { Length: > 0 } && _random.Next(2) == 0)
        {
            var mutated = (byte[])valid.Clone();
            for (var flips = 1 + _random.Next(3); flips > 0; flips--)
            {
                mutated[_random.Next(mutated.Length)] = (byte)_random.Next(256);
            }
            return _random.Next(3) == 0 ? mutated[.._random.Next(mutated.Length)] : mutated;
        }
        var bytes = new byte[_random.Next(1, 200)];
        _random.NextBytes(bytes);
        return bytes;
    }

    private object Value(FieldDescriptor field, int depth) => field.FieldType switch
    {
        FieldType.String => Text(),
        FieldType.Bool => _random.Next(2) == 0,
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => unchecked((int)Number()),
        FieldType.UInt32 or FieldType.Fixed32 => unchecked((uint)Number()),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => Number(),
        FieldType.UInt64 or FieldType.Fixed64 => unchecked((ulong)Number()),
        FieldType.Double => Pick(Doubles),
        FieldType.Float => (float)Pick(Doubles),
        FieldType.Bytes => ByteString.CopyFrom(Garbage(null)),
        FieldType.Enum => System.Enum.ToObject(field.EnumType.ClrType, EnumNumber(field.EnumType)),
        FieldType.Message => Message(field.MessageType, depth + 1),
        _ => throw new NotSupportedException(field.FieldType.ToString()),
    };

    private long Number() => _random.Next(3) == 0 ? _random.NextInt64(-1000, 100_000) : Pick(Numbers);

    private int EnumNumber(EnumDescriptor type) => _random.Next(4) switch
    {
        0 => Pick(new[] { -1, int.MinValue, int.MaxValue, 99 }),
        _ => type.Values[_random.Next(type.Values.Count)].Number,
    };

    private string Text() => _random.Next(10) switch
    {
        < 5 => Pick(Names),
        < 7 => Pick(Odd),
        7 => Pick(Names) + Pick(Odd),
        8 => Pick(Names).ToUpperInvariant(),
        _ => new string((char)_random.Next(32, 0x2FF), _random.Next(1, 100)),
    };

    private FieldMask Mask()
    {
        var mask = new FieldMask();
        for (var i = _random.Next(4); i > 0; i--)
        {
            mask.Paths.Add(_random.Next(3) == 0 ? Text() : Pick(MaskPaths));
        }
        return mask;
    }

    private static readonly string[] MaskPaths =
    [
        "net_rent_cents", "service_costs_cents", "status", "rooms", "floor", "household_size", "wishes", "recovery", "needs", "care_team",
        "limits_override", "existing_protected_homes", "target_units", "cap_units", "priority_group", "corporation", "municipality",
        "start_date", "end_date", "display_name", "caseload", "location", "*", "name",
    ];
}
