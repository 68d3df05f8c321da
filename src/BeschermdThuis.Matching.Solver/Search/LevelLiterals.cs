using BeschermdThuis.Matching.Solver.Model;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// The peer levels as literals, for CP-SAT: per neighbourhood whose peer limits bind and per room t of a client there,
/// a literal for "more than t new placements" (<c>above_t ⇔ new_b > t</c>, and <c>above_t ≥ above_u</c> for t &lt; u),
/// and per client with room r there <c>Σ in_c + above_r ≤ 1</c>. They hold in every solution, with each literal set
/// by the count, so no optimum changes. The peer rows alone give CP-SAT a big-M row per client; with the literals it
/// propagates and branches on a neighbourhood's level. On the spread family at 200 × 500 (seeds 2, 3, 4 and 10, whose
/// goals reach CP-SAT; 120 s per match, back to back) the wishes goal was proven in 18.6–35.8 s instead of 28.6–63.7 s,
/// the recovery goal on all four seeds instead of one, and seed 4's whole match in 93.8 s instead of 119.5 s; the
/// housing goal took as long as before (11.3–19.3 s against 10.8–22.4 s).
/// They go into a copy of the model that only CP-SAT sees: in the relaxations (LinearRows) they would be columns that
/// can stay fractional where every pair is whole.
/// </summary>
internal static class LevelLiterals
{
    /// <summary><paramref name="model"/> as it is now (domains and hints), with the level literals after its variables.</summary>
    public static CpModel With(CpModel model, IReadOnlyList<PeerLevel> levels)
    {
        var copy = new CpModel();
        var proto = copy.Model;
        proto.MergeFrom(model.Model);
        foreach (var level in levels)
        {
            var above = new Dictionary<int, int>();
            var previous = -1;
            foreach (var room in level.Clients.Select(client => Math.Max(0, client.Room)).Distinct().Order())
            {
                var literal = proto.Variables.Count;
                proto.Variables.Add(new IntegerVariableProto { Domain = { 0, 1 } });
                AddRow(proto, [level.Count, literal], [1, -(level.Most - room)], long.MinValue, room);
                AddRow(proto, [level.Count, literal], [1, -(room + 1)], 0, long.MaxValue);
                if (previous >= 0)
                {
                    AddRow(proto, [previous, literal], [1, -1], 0, long.MaxValue);
                }
                (above[room], previous) = (literal, literal);
            }
            foreach (var (room, literals) in level.Clients)
            {
                AddRow(proto, [.. literals, above[Math.Max(0, room)]], [.. literals.Select(_ => 1L), 1], long.MinValue, 1);
            }
        }
        return copy;
    }

    private static void AddRow(CpModelProto proto, int[] variables, long[] coefficients, long lower, long upper) =>
        proto.Constraints.Add(new ConstraintProto { Linear = new LinearConstraintProto { Vars = { variables }, Coeffs = { coefficients }, Domain = { lower, upper } } });
}
