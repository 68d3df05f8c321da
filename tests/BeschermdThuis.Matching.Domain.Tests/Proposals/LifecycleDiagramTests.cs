using System.Text.RegularExpressions;
using BeschermdThuis.Matching.Domain.Proposals;

namespace BeschermdThuis.Matching.Domain.Tests.Proposals;

/// <summary>
/// The README's lifecycle diagram is written by hand from <see cref="ProposalLifecycle.Table"/>; this keeps the two
/// equal, so a change to the table that is not drawn (or a drawn move the table does not have) fails here.
/// </summary>
public sealed partial class LifecycleDiagramTests
{
    private const string Heading = "## Proposals: from a match to a signed tenancy";

    // "    Draft --> ProposedToCorporation: Propose (desk)"; the start and end markers ([*]) do not match.
    [GeneratedRegex(@"^\s*(\w+)\s*-->\s*(\w+)\s*:\s*(\w+)\s*\((\w+)\)\s*$")]
    private static partial Regex TransitionLine();

    [Fact]
    public void ReadmeDiagram_HasExactlyTheTransitionsOfTheTable()
    {
        var drawn = MermaidBlock().Select(line => TransitionLine().Match(line)).Where(m => m.Success)
            .Select(m => new ProposalLifecycle.Transition(
                Enum.Parse<ProposalState>(m.Groups[1].Value),
                Enum.Parse<ProposalAction>(m.Groups[3].Value),
                Enum.Parse<ProposalActor>(m.Groups[4].Value, ignoreCase: true),
                Enum.Parse<ProposalState>(m.Groups[2].Value)))
            .ToList();

        Assert.Equal(ProposalLifecycle.Table.Count, drawn.Count);
        Assert.Equal(ProposalLifecycle.Table.ToHashSet(), drawn.ToHashSet());
    }

    [Fact]
    public void ReadmeDiagram_StartsAtDraft_AndEndsInEveryFinalState()
    {
        var block = MermaidBlock();

        Assert.Contains(block, l => l.Trim() == "[*] --> Draft");
        foreach (var final in Enum.GetValues<ProposalState>().Where(s => s.IsFinal()))
        {
            Assert.Contains(block, l => l.Trim() == $"{final} --> [*]");
        }
    }

    // The lines of the first mermaid block after the section's heading.
    private static List<string> MermaidBlock()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        var section = Array.FindIndex(lines, l => l.Trim() == Heading);
        Assert.True(section >= 0, $"README.md has no heading '{Heading}'");
        var start = Array.FindIndex(lines, section, l => l.Trim() == "```mermaid");
        Assert.True(start >= 0, "the section has no mermaid block");
        var end = Array.FindIndex(lines, start + 1, l => l.Trim() == "```");
        return [.. lines[(start + 1)..end]];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BeschermdThuis.Matching.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no BeschermdThuis.Matching.sln above {AppContext.BaseDirectory}");
    }
}
