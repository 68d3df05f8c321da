using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Simulation.Scenarios;

/// <summary>One value of a discrete distribution with its weight (weights need not add up to 1).</summary>
public sealed record Weighted<T>(T Value, double Weight);

/// <summary>Whole numbers from <see cref="Min"/> to <see cref="Max"/>, both included, each as likely.</summary>
public sealed record IntRange(int Min, int Max)
{
    public int Draw(Random random) => random.Next(Min, Max + 1);

    public IntRange Validate(long lowest, long highest)
    {
        new Validator()
            .InRange(Min, lowest, highest, "min")
            .InRange(Max, lowest, highest, "max")
            .Require(Max >= Min, "max", "must not be below min")
            .ThrowIfInvalid();
        return this;
    }
}

/// <summary>The draws the simulation makes; only the seeded <see cref="Random"/> passed in is used, in the caller's order.</summary>
internal static class Distributions
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Draw<T>(this Random random, IReadOnlyList<Weighted<T>> values)
    {
        var total = values.Sum(v => v.Weight);
        var roll = random.NextDouble() * total;
        foreach (var value in values)
        {
            roll -= value.Weight;
            if (roll < 0)
            {
                return value.Value;
            }
        }
        return values[^1].Value;
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    /// <summary>A Poisson draw by Knuth's product of uniforms (means here are small, well under 100).</summary>
    public static int Poisson(Random random, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }
        var limit = Math.Exp(-mean);
        var count = 0;
        for (var product = random.NextDouble(); product > limit; product *= random.NextDouble())
        {
            count++;
        }
        return count;
    }

    /// <summary>Checks a distribution: at least one value, weights not negative and not all zero, values valid.</summary>
    public static Validator Distribution<T>(this Validator v, IReadOnlyList<Weighted<T>> values, string field, Func<T, bool> valid, string validDescription) =>
        v.Require(values.Count is > 0 and <= 100, field, "must list 1 to 100 weighted values")
         .Require(values.All(w => w.Weight >= 0 && double.IsFinite(w.Weight)) && values.Sum(w => w.Weight) > 0, field,
            "weights must not be negative and must not all be zero")
         .Require(values.All(w => valid(w.Value)), field, validDescription);

    public static Validator Probability(this Validator v, double value, string field) =>
        v.Require(value is >= 0 and <= 1, field, "must be a probability between 0 and 1");

    public static Validator Range(this Validator v, IntRange range, string field, long lowest, long highest) =>
        v.Nested(field + ".", () => range.Validate(lowest, highest));
}
