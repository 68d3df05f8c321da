using BeschermdThuis.Matching.Domain.Clients;

namespace BeschermdThuis.Matching.Application.Batches;

/// <summary>One unit of a batch create: its id and what the corporation says about it.</summary>
public sealed record UnitToCreate(string UnitId, UnitDraft Draft);

/// <summary>One unit of a batch update: its id, the etag read (or none) and the change of the masked fields.</summary>
public sealed record UnitChange(string UnitId, string? Etag, Func<UnitDraft, UnitDraft> Apply);

/// <summary>One client of a batch update: its reference, the etag read (or none) and the change of the masked fields.</summary>
public sealed record ClientChange(ClientReference Reference, string? Etag, Func<Client, Client> Apply);
