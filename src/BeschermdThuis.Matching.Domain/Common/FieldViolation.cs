namespace BeschermdThuis.Matching.Domain.Common;

/// <summary>One wrong field of an input: the field's path (as the API names it) and what is wrong with it.</summary>
public sealed record FieldViolation(string Field, string Description);
