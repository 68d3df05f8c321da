namespace BeschermdThuis.Matching.Storage;
internal static class Placeholder;
