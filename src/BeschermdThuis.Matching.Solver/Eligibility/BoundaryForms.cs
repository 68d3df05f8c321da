using System.Runtime.CompilerServices;
using BeschermdThuis.Matching.Domain.Geography;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace BeschermdThuis.Matching.Solver.Eligibility;

/// <summary>
/// A boundary in the forms the engine needs (in RD metres, as WKT for the input hash), worked out once per geometry
/// object and kept as long as it lives. A simulation hands the engine the same neighbourhood objects every week, and
/// projecting and writing their boundaries again cost a fifth of each weekly match. Nothing in the service changes a
/// boundary it holds (a changed neighbourhood is a new object), so a form stays right for the object's life.
/// </summary>
internal static class BoundaryForms
{
    private static readonly ConditionalWeakTable<Geometry, Geometry> InRd = new();
    private static readonly ConditionalWeakTable<Geometry, string> AsWkt = new();

    public static Geometry Rd(Geometry boundary) => InRd.GetValue(boundary, RdNewProjection.Instance.Project);

    public static string Wkt(Geometry boundary) => AsWkt.GetValue(boundary, geometry => new WKTWriter().Write(geometry));
}
