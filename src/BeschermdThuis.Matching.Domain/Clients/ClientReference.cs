using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Clients;

/// <summary>
/// The pseudonymous reference by which a municipal desk knows a client. It is opaque to the service: no name,
/// no citizen number. A reference that looks like a citizen service number (BSN: nine digits passing the
/// eleven-test) is refused, so one cannot be stored by mistake.
/// </summary>
public readonly record struct ClientReference
{
    public ClientReference(string value)
    {
        ResourceId.Validate(value, "client_id");
        if (ContainsCitizenNumber(value))
        {
            throw new DomainValidationException("client_id", "must not contain a citizen service number (BSN); use a pseudonymous reference");
        }
        Value = value;
    }

    public string Value { get; }

    public override string ToString() => Value;

    private static bool ContainsCitizenNumber(string value)
    {
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        for (var start = 0; start + 9 <= digits.Length; start++)
        {
            if (PassesElevenTest(digits.AsSpan(start, 9)))
            {
                return true;
            }
        }
        return false;
    }

    // The BSN eleven-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not zero).
    private static bool PassesElevenTest(ReadOnlySpan<char> nine)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (nine[i] - '0');
        }
        sum -= nine[8] - '0';
        return sum != 0 && sum % 11 == 0;
    }
}
