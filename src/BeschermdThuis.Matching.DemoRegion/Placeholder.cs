namespace BeschermdThuis.Matching.DemoRegion;
internal static class Placeholder;
