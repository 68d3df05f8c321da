using BeschermdThuis.Matching.Domain.Geography;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using ScottPlot;
using PlotPoint = ScottPlot.Coordinates;

namespace BeschermdThuis.Matching.Simulation.Reports;

/// <summary>
/// Chart (b): a choropleth map of the neighbourhoods' load share, drawn from the region's real CBS polygons
/// (projected to RD New, so the map keeps its true shape), municipalities outlined, a legend of the classes and
/// the data's attribution (CC BY 4.0 asks for it wherever the boundaries are shown).
/// </summary>
public static class LoadShareMap
{
    public const int Width = 1200;
    public const int Height = 850;
    public const string Attribution = "Bron: CBS / Kadaster, Wijk- en Buurtkaart 2025 (CC BY 4.0)";

    public static byte[] RenderPng(
        IReadOnlyList<Neighbourhood> neighbourhoods, IReadOnlyList<NeighbourhoodLoadShare> shares, string title)
    {
        ArgumentNullException.ThrowIfNull(neighbourhoods);
        ArgumentNullException.ThrowIfNull(shares);
        var shareOf = shares.ToDictionary(s => s.Neighbourhood, s => s.Share);
        var projected = neighbourhoods
            .Select(n => (n.Code, Shape: RdNewProjection.Instance.Project(n.Boundary)))
            .OrderByDescending(n => n.Shape.Area) // an enclave lies in its neighbour's hole: draw it after the neighbour
            .ToList();
        using var plot = new Plot();
        foreach (var (code, shape) in projected)
        {
            var loadClass = LoadShareClasses.Of(shareOf.TryGetValue(code, out var share) ? share : null);
            foreach (var polygon in Polygons(shape))
            {
                var drawn = plot.Add.Polygon(Ring(polygon.ExteriorRing));
                drawn.FillColor = loadClass.Color;
                drawn.LineColor = Colors.White;
                drawn.LineWidth = 0.6f;
            }
        }
        foreach (var outline in MunicipalityOutlines(neighbourhoods, projected))
        {
            var drawn = plot.Add.Polygon(Ring(outline.ExteriorRing));
            drawn.FillColor = Colors.Transparent;
            drawn.LineColor = Colors.Black.WithAlpha(0.7);
            drawn.LineWidth = 1.6f;
        }
        foreach (var loadClass in LoadShareClasses.All)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = loadClass.Label, FillColor = loadClass.Color });
        }
        plot.Legend.ManualItems.Insert(0, new LegendItem { LabelText = "load share (of the ceiling):" });
        plot.ShowLegend(Alignment.LowerRight);
        var attribution = plot.Add.Annotation(Attribution, Alignment.LowerLeft);
        attribution.LabelBackgroundColor = Colors.White;
        attribution.LabelBorderColor = Colors.Gray;
        attribution.LabelShadowColor = Colors.Transparent;
        plot.HideAxesAndGrid();
        plot.Axes.Title.IsVisible = true; // hiding the axes hides the title panel too
        plot.Title(title);
        plot.Axes.SquareUnits();
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static IEnumerable<Polygon> Polygons(Geometry shape) =>
        Enumerable.Range(0, shape.NumGeometries).Select(shape.GetGeometryN).OfType<Polygon>();

    private static PlotPoint[] Ring(LineString ring) =>
        [.. ring.Coordinates.Select(c => new PlotPoint(c.X, c.Y))];

    private static IEnumerable<Polygon> MunicipalityOutlines(
        IReadOnlyList<Neighbourhood> neighbourhoods, IReadOnlyList<(NeighbourhoodCode Code, Geometry Shape)> projected)
    {
        var shapeOf = projected.ToDictionary(p => p.Code, p => p.Shape);
        return neighbourhoods
            .GroupBy(n => n.Municipality)
            .SelectMany(g => Polygons(CascadedPolygonUnion.Union([.. g.Select(n => shapeOf[n.Code])])));
    }
}
