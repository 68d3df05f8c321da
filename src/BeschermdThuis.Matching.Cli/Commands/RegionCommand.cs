using System.CommandLine;
using System.Globalization;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Cli.Proposals;
using BeschermdThuis.Matching.Cli.Region;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Cli.Commands;

/// <summary>
/// <c>region settings show|set</c>, <c>region override set|remove</c> and <c>region inhabitants set</c>: the region's
/// default load limits and a neighbourhood's limits override and inhabitants (with their source), kept by the
/// administrator in-process on the database file; each change is audited as <see cref="LocalRegion.Administrator"/>.
/// </summary>
internal static class RegionCommand
{
    public static Command Create() => new("region", "The region's settings: default limits, neighbourhood overrides and inhabitants (administrator).")
    {
        new Command("settings", "The region's default load limits.") { Show(), Set() },
        new Command("override", "A neighbourhood's own load limits.") { SetOverride(), RemoveOverride() },
        new Command("inhabitants", "A neighbourhood's inhabitants and their source.") { SetInhabitants() },
    };

    private static Command Show()
    {
        var options = AdminCommandOptions.Create();
        return options.Command("show", "Show the default limits with their etag.", async (local, parse, ct) =>
        {
            Print(local.RegionId, await local.Regions.GetSettingsAsync(LocalRegion.Administrator, local.RegionId, ct));
            return 0;
        });
    }

    private static Command Set()
    {
        var options = AdminCommandOptions.Create();
        var (placements, perThousand) = LimitOptions();
        var etag = EtagOption();
        return options.Command("set", "Change the default limits (only the options given); the next match uses them.", async (local, parse, ct) =>
        {
            var (newPlacements, newPerThousand) = (parse.GetValue(placements), parse.GetValue(perThousand));
            if (newPlacements is null && newPerThousand is null)
            {
                throw new CommandFailedException("give --new-placements, --per-thousand or both", 2);
            }
            var updated = await local.Regions.UpdateSettingsAsync(LocalRegion.Administrator, local.RegionId, parse.GetValue(etag),
                current => new LoadLimits(newPlacements ?? current.NewPlacementsPerPeriod, newPerThousand ?? current.MaxProtectedHomesPerThousandInhabitants), ct);
            Print(local.RegionId, updated);
            return 0;
        }, placements, perThousand, etag);
    }

    private static Command SetOverride()
    {
        var options = AdminCommandOptions.Create();
        var code = NeighbourhoodArgument();
        var (placements, perThousand) = LimitOptions();
        placements.Required = true;
        perThousand.Required = true;
        var etag = EtagOption();
        return options.Command("set", "Give a neighbourhood its own limits instead of the region's default.", (local, parse, ct) =>
            UpdateAsync(local, parse.GetValue(code)!, parse.GetValue(etag),
                n => NeighbourhoodChanges.WithLimitsOverride(n, new LoadLimits(parse.GetValue(placements)!.Value, parse.GetValue(perThousand)!.Value)), ct),
            code, placements, perThousand, etag);
    }

    private static Command RemoveOverride()
    {
        var options = AdminCommandOptions.Create();
        var code = NeighbourhoodArgument();
        var etag = EtagOption();
        return options.Command("remove", "Remove a neighbourhood's own limits: the region's default applies again.", (local, parse, ct) =>
            UpdateAsync(local, parse.GetValue(code)!, parse.GetValue(etag), n => NeighbourhoodChanges.WithLimitsOverride(n, null), ct),
            code, etag);
    }

    private static Command SetInhabitants()
    {
        var options = AdminCommandOptions.Create();
        var code = NeighbourhoodArgument();
        var inhabitants = new Option<int>("--inhabitants") { Description = "The neighbourhood's inhabitants.", Required = true };
        var cbsYear = new Option<int?>("--cbs-year") { Description = "The year of the CBS kerncijfers wijken en buurten the count is from." };
        var estimated = new Option<bool>("--estimated") { Description = "The count is an estimate." };
        var etag = EtagOption();
        return options.Command("set", "Set a neighbourhood's inhabitants with their source: --cbs-year YEAR or --estimated.", (local, parse, ct) =>
        {
            var year = (parse.GetValue(cbsYear), parse.GetValue(estimated)) switch
            {
                ({ } y, false) => (int?)y,
                (null, true) => null,
                _ => throw new CommandFailedException("give the source: either --cbs-year YEAR or --estimated", 2),
            };
            return UpdateAsync(local, parse.GetValue(code)!, parse.GetValue(etag),
                n => NeighbourhoodChanges.WithInhabitants(n, parse.GetValue(inhabitants), year), ct);
        }, code, inhabitants, cbsYear, estimated, etag);
    }

    private static async Task<int> UpdateAsync(
        LocalRegion local, string code, string? etag, Func<Neighbourhood, Neighbourhood> change, CancellationToken cancellationToken)
    {
        if (!NeighbourhoodCode.IsValid(code))
        {
            throw new DomainValidationException("neighbourhood", $"{FreeText.Quote(code)} is not a CBS neighbourhood code (BU and 8 digits)");
        }
        var (updated, regionDefault) = await local.Regions.UpdateNeighbourhoodAsync(
            LocalRegion.Administrator, local.RegionId, new NeighbourhoodCode(code), etag, change, cancellationToken);
        var n = updated.Value;
        var limits = n.EffectiveLimits(regionDefault);
        var source = n.InhabitantsEstimated ? "estimated" : n.InhabitantsCountYear is { } year ? $"CBS kerncijfers {year}" : "a count";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{ResourceNames.Neighbourhood(local.RegionId, n.Code)} {n.Name}: {n.Inhabitants} inhabitants ({source}); limits "
            + $"{(n.LimitsOverride is null ? "the region's default" : "its own")}: {limits.NewPlacementsPerPeriod} new per period, "
            + $"{limits.MaxProtectedHomesPerThousandInhabitants} per 1,000 inhabitants (ceiling {limits.CeilingFor(n.Inhabitants)}); etag {ETags.Of(updated.Version)}"));
        return 0;
    }

    private static (Option<int?> Placements, Option<decimal?> PerThousand) LimitOptions() => (
        new Option<int?>("--new-placements") { Description = "New protected homes per placement period." },
        new Option<decimal?>("--per-thousand") { Description = "Ceiling on protected homes per 1,000 inhabitants (e.g. 12.5)." });

    private static Argument<string> NeighbourhoodArgument() => new("neighbourhood") { Description = "CBS neighbourhood code, e.g. BU02680101." };

    private static Option<string?> EtagOption() => new("--etag") { Description = "Change only the version with this etag; otherwise the latest." };

    private static void Print(string regionId, Versioned<LoadLimits> settings) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{ResourceNames.RegionSettings(regionId)}: {settings.Value.NewPlacementsPerPeriod} new placements per period, "
            + $"{settings.Value.MaxProtectedHomesPerThousandInhabitants} protected homes per 1,000 inhabitants; etag {ETags.Of(settings.Version)}"));
}
