using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Application;

/// <summary>
/// A client with the highest rent passend toewijzen allows in the readiness year (null when that limit is not
/// configured), and the stored version the client was read at (its etag is <see cref="ETags.Of"/>).
/// </summary>
public sealed record ClientView(Client Client, EuroCents? MaxRent, long Version);
