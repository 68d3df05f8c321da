namespace BeschermdThuis.Matching.Solver;
internal static class Placeholder;
