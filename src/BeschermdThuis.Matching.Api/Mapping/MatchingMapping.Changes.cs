using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Matching;

namespace BeschermdThuis.Matching.Api.Mapping;

public static partial class MatchingMapping
{
    public static V1.MatchRunChanges ToProto(string regionId, RunChanges changes)
    {
        var message = new V1.MatchRunChanges
        {
            MatchRun = ResourceNames.MatchRun(regionId, changes.RunId),
            Previous = ResourceNames.MatchRun(regionId, changes.PreviousRunId),
        };
        message.Lines.AddRange(changes.Lines.Select(line => new V1.PairChangeLine
        {
            Change = line.Change switch
            {
                PairChange.Kept => V1.PairChange.Kept,
                PairChange.New => V1.PairChange.New,
                PairChange.Released => V1.PairChange.Released,
                _ => throw new ArgumentOutOfRangeException(nameof(changes), line.Change, "not a pair change"),
            },
            Client = line.Client,
            Unit = line.Unit,
            Reason = line.Reason,
        }));
        return message;
    }
}
