namespace BeschermdThuis.Matching.Api.Tests.Infrastructure;

/// <summary>What server reflection must list, exactly: a service that goes missing or one mapped by accident fails.</summary>
public static class ServedServices
{
    public static readonly IReadOnlyList<string> Matching =
    [
        "beschermdthuis.matching.v1.ClientService",
        "beschermdthuis.matching.v1.MatchingService",
        "beschermdthuis.matching.v1.ProposalService",
        "beschermdthuis.matching.v1.RegionService",
        "beschermdthuis.matching.v1.SimulationService",
        "beschermdthuis.matching.v1.StockService",
    ];

    /// <summary>In ordinal order; reflection is served under both its v1 and its older v1alpha name.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        .. Matching,
        "grpc.health.v1.Health",
        "grpc.reflection.v1.ServerReflection",
        "grpc.reflection.v1alpha.ServerReflection",
    ];
}
