using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>Checks an assignment against every variable domain and constraint of a CP-SAT model, in exact integers.</summary>
internal static class ModelSolutionCheck
{
    public static bool Satisfies(CpModelProto model, long[] values)
    {
        for (var v = 0; v < model.Variables.Count; v++)
        {
            if (!InDomain(model.Variables[v].Domain, values[v]))
            {
                return false;
            }
        }
        foreach (var constraint in model.Constraints)
        {
            if (constraint.EnforcementLiteral.Any(l => Literal(values, l) == 0))
            {
                continue;
            }
            var holds = constraint.ConstraintCase switch
            {
                ConstraintProto.ConstraintOneofCase.AtMostOne => constraint.AtMostOne.Literals.Sum(l => Literal(values, l)) <= 1,
                ConstraintProto.ConstraintOneofCase.ExactlyOne => constraint.ExactlyOne.Literals.Sum(l => Literal(values, l)) == 1,
                ConstraintProto.ConstraintOneofCase.BoolOr => constraint.BoolOr.Literals.Any(l => Literal(values, l) == 1),
                ConstraintProto.ConstraintOneofCase.Linear => InDomain(constraint.Linear.Domain, Sum(constraint.Linear, values)),
                _ => false,
            };
            if (!holds)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The objective's value (scaling and offset applied) for an assignment.</summary>
    public static long ObjectiveValue(CpModelProto model, long[] values)
    {
        var objective = model.Objective;
        long sum = 0;
        for (var k = 0; k < objective.Vars.Count; k++)
        {
            sum += objective.Coeffs[k] * values[objective.Vars[k]];
        }
        return (long)Math.Round(objective.ScalingFactor == 0 ? sum + objective.Offset : objective.ScalingFactor * (sum + objective.Offset));
    }

    private static long Sum(LinearConstraintProto linear, long[] values)
    {
        long sum = 0;
        for (var k = 0; k < linear.Vars.Count; k++)
        {
            var reference = linear.Vars[k];
            sum += linear.Coeffs[k] * (reference >= 0 ? values[reference] : 1 - values[-reference - 1]);
        }
        return sum;
    }

    private static long Literal(long[] values, int reference) => reference >= 0 ? values[reference] : 1 - values[-reference - 1];

    // A domain is a sorted list of disjoint closed intervals [d0, d1], [d2, d3], ...
    private static bool InDomain(Google.Protobuf.Collections.RepeatedField<long> domain, long value)
    {
        for (var i = 0; i + 1 < domain.Count; i += 2)
        {
            if (value >= domain[i] && value <= domain[i + 1])
            {
                return true;
            }
        }
        return false;
    }
}
