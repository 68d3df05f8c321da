namespace BeschermdThuis.Matching.Domain;
internal static class Placeholder;
