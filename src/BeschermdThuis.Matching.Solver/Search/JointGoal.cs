using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// Two consecutive goals searched as one: maximising <c>Weight × first + second</c>, where <see cref="Weight"/> is one
/// more than the widest gap between two values of the second goal. Its optima are exactly the lexicographic ones: a
/// solution one better on the first goal gains <see cref="Weight"/> there, more than it can lose on the second.
/// </summary>
/// <param name="First">The goal that comes first in the policy's order.</param>
/// <param name="Second">The goal right after it.</param>
/// <param name="Weight">The first goal's weight in the joint goal; the second's is 1.</param>
/// <param name="SecondLeast">The least value the second goal can take, so that a joint value tells the first goal's.</param>
internal sealed record JointGoal(MatchGoal First, MatchGoal Second, long Weight, long SecondLeast)
{
    /// <summary>
    /// The first goal's value in a solution with joint value <paramref name="joint"/>, or its bound when
    /// <paramref name="joint"/> is a bound on the joint goal: the second goal adds less than <see cref="Weight"/> above its least.
    /// </summary>
    public long FirstOf(long joint)
    {
        var (quotient, remainder) = Math.DivRem(joint - SecondLeast, Weight);
        return remainder < 0 ? quotient - 1 : quotient;
    }
}
