namespace BeschermdThuis.Matching.Storage.Migrations;

/// <summary>One versioned schema change: applied once, in version order, inside a transaction.</summary>
public sealed record MigrationScript(int Version, string Name, string Sql);
