using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// Narrows variable domains of a CP-SAT model for one search step and restores them when disposed, so the step
/// searches a smaller model without leaving it smaller for the next (use with <c>using</c>). Domains here are single
/// intervals <c>[lower, upper]</c>, as the match model's are.
/// </summary>
internal sealed class FixedDomains(CpModelProto model) : IDisposable
{
    private readonly List<(int Variable, long Lower, long Upper)> _saved = [];

    /// <summary>Fixes <paramref name="variable"/> to <paramref name="value"/> until disposed.</summary>
    public void Fix(int variable, long value) => Restrict(variable, value, value);

    /// <summary>Fixes a Boolean <paramref name="variable"/> to 0 until disposed.</summary>
    public void Exclude(int variable) => Restrict(variable, model.Variables[variable].Domain[0], 0);

    /// <summary>
    /// Narrows <paramref name="variable"/> to its current domain within [<paramref name="lower"/>, <paramref name="upper"/>]
    /// until disposed; false when nothing is left of it.
    /// </summary>
    public bool Narrow(int variable, long lower, long upper)
    {
        var domain = model.Variables[variable].Domain;
        Restrict(variable, Math.Max(lower, domain[0]), Math.Min(upper, domain[1]));
        return domain[0] <= domain[1];
    }

    /// <summary>Restores every domain as it was before this scope, in reverse order.</summary>
    public void Dispose()
    {
        for (var i = _saved.Count - 1; i >= 0; i--)
        {
            var (variable, lower, upper) = _saved[i];
            Set(model, variable, lower, upper);
        }
        _saved.Clear();
    }

    /// <summary>
    /// Fixes <paramref name="variable"/> for good: for a literal proven to take <paramref name="value"/> in every
    /// solution the search still looks for.
    /// </summary>
    public static void FixForGood(CpModelProto model, int variable, long value) => Set(model, variable, value, value);

    private void Restrict(int variable, long lower, long upper)
    {
        var domain = model.Variables[variable].Domain;
        _saved.Add((variable, domain[0], domain[1]));
        Set(model, variable, lower, upper);
    }

    private static void Set(CpModelProto model, int variable, long lower, long upper)
    {
        var domain = model.Variables[variable].Domain;
        domain[0] = lower;
        domain[1] = upper;
    }
}
