namespace BeschermdThuis.Matching.Domain.Affordability;

/// <summary>A limit needed for a decision is not configured (for example the aftoppingsgrens of a year not yet entered).</summary>
public sealed class AffordabilityConfigurationException(string message) : Exception(message);
