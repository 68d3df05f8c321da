using System.Text.Json;
using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Proposals;

/// <summary>Reads <c>config/proposal-policy.json</c>; a bad value is a <see cref="DomainValidationException"/> naming its field.</summary>
public static class ProposalPolicyJson
{
    public static ProposalPolicy Parse(string json)
    {
        FileDto file;
        try
        {
            file = JsonSerializer.Deserialize<FileDto>(json, ConfigurationJson.Options) ?? throw new DomainValidationException("", "the file is empty");
        }
        catch (JsonException e)
        {
            throw new DomainValidationException(e.Path ?? "", e.Message);
        }
        new Validator()
            .Require(file.ResponseDeadlines is not null, "responseDeadlines", "is required")
            .Require(file.DeclineReasons is not null, "declineReasons", "is required")
            .Require(file.Reoffer is not null, "reoffer", "is required")
            .ThrowIfInvalid();
        return new ProposalPolicy(
            TimeSpan.FromDays(file.ResponseDeadlines!.CorporationDays),
            TimeSpan.FromDays(file.ResponseDeadlines.ClientDays),
            Reasons(file.DeclineReasons!.Corporation),
            Reasons(file.DeclineReasons.Client),
            Rule(file.Reoffer!.Expired, "reoffer.expired"),
            Rule(file.Reoffer.Withdrawn, "reoffer.withdrawn"));
    }

    /// <summary>Reads the file; the error names the file as well as the field.</summary>
    public static ProposalPolicy Load(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (DomainValidationException e)
        {
            throw new DomainValidationException(e.Violations.Select(v => v with { Description = $"{path}: {v.Description}" }).ToList());
        }
    }

    private static List<DeclineReason> Reasons(List<ReasonDto>? reasons) => [.. (reasons ?? []).Select(r => new DeclineReason(r.Code ?? "", r.Label ?? ""))];

    private static ReofferRule Rule(string? value, string field) => value switch
    {
        "allow" => ReofferRule.Allow,
        "exclude" => ReofferRule.Exclude,
        _ => throw new DomainValidationException(field, $"must be \"allow\" or \"exclude\", not {FreeText.Quote(value)}"),
    };

    private sealed record FileDto(string? Comment, DeadlinesDto? ResponseDeadlines, ReasonsDto? DeclineReasons, ReofferDto? Reoffer);

    private sealed record DeadlinesDto(double CorporationDays, double ClientDays);

    private sealed record ReasonsDto(List<ReasonDto>? Corporation, List<ReasonDto>? Client);

    private sealed record ReasonDto(string? Code, string? Label);

    private sealed record ReofferDto(string? Expired, string? Withdrawn);
}
