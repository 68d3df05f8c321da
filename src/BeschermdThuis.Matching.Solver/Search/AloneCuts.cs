using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// Cutting planes for clients who must be the only new placement in a neighbourhood (peer room 1): such a client and
/// any other client exclude each other there, <c>in_c + in_d ≤ 1</c>. The model's peer rows imply it for whole numbers
/// but not in the linear relaxation (half of c beside all of d fits them), and writing the row for every pair of
/// clients up front would take millions of rows at 2,000 × 5,000, so the rows a relaxation's solution violates are added
/// on demand. Each row holds for every solution, so adding one changes nothing but the relaxation's bound.
/// </summary>
internal sealed class AloneCuts
{
    private readonly List<(int[] Alone, Dictionary<int, BoolVar[]> ByClient)> _neighbourhoods = [];

    /// <summary>Registers a neighbourhood: the pair literals there per client, and the clients who must be alone.</summary>
    public void Add(IEnumerable<int> aloneClients, Dictionary<int, BoolVar[]> pairsByClient) =>
        _neighbourhoods.Add(([.. aloneClients], pairsByClient));

    /// <summary>Adds to the model every cut that <paramref name="values"/> (per model variable) violates; returns how many.</summary>
    public int AddViolated(CpModel model, double[] values)
    {
        var added = 0;
        foreach (var (alone, byClient) in _neighbourhoods)
        {
            var share = byClient.ToDictionary(kv => kv.Key, kv => kv.Value.Sum(x => values[x.GetIndex()]));
            foreach (var c in alone.Where(c => share[c] > 1e-6))
            {
                foreach (var d in byClient.Keys.Where(d => d != c && share[c] + share[d] > 1 + 1e-6).Order())
                {
                    model.Add(LinearExpr.Sum(byClient[c].Concat(byClient[d])) <= 1);
                    added++;
                }
            }
        }
        return added;
    }
}
