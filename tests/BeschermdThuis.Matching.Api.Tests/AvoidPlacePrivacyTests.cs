using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Proposals;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// Issue 12, item 6: an avoided place is shown to no one but the client's own desk. Every answer a corporation gets
/// about a proposal of the client (get, list, a move's answer, the audit trail), and the board's match run, are searched
/// for the place's coordinates, as sent and as kept; the desk's own read of the client holds the kept ones (the control)
/// and not the ones sent.
/// </summary>
public sealed class AvoidPlacePrivacyTests(ProposalServerFixture server) : IClassFixture<ProposalServerFixture>
{
    private static readonly Google.Type.LatLng Sent = new() { Latitude = 51.8312345, Longitude = 5.8712345 };

    private readonly ProposalSteps _steps = new(server);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoAnswerToACorporationOrTheBoard_CarriesThePlace_WhileTheDeskSeesIt()
    {
        var pair = await server.TakePairAsync();
        var desk = server.As(pair.Desk).Client;
        var client = await desk.GetClientAsync(new V1.GetClientRequest { Name = pair.Client }, cancellationToken: Ct);
        client.Recovery.AvoidPlaces.Add(new V1.AvoidedPlace { Location = Sent, RadiusMetres = 40 });
        var withPlace = await desk.UpdateClientAsync(
            new V1.UpdateClientRequest { Client = new V1.Client { Name = pair.Client, Recovery = client.Recovery }, UpdateMask = FieldMask.FromString("recovery") },
            cancellationToken: Ct);
        var kept = withPlace.Recovery.AvoidPlaces.Single().Location;
        var coordinates = new[] { Sent.Latitude, Sent.Longitude, kept.Latitude, kept.Longitude };

        var proposed = await _steps.DriveAsync(pair, ProposalState.ProposedToCorporation);
        var corporation = _steps.As(pair.Corporation);
        var answers = new List<IMessage>
        {
            await _steps.GetAsync(pair.Corporation, proposed),
            await corporation.ListProposalsAsync(new V1.ListProposalsRequest { Parent = $"regions/{SeedData.RegionId}", PageSize = 500 }, cancellationToken: Ct),
            await _steps.MoveAsync(pair, proposed, ProposalAction.Accept, pair.Corporation),
            await corporation.ListAuditEntriesAsync(
                new V1.ListAuditEntriesRequest { Parent = $"regions/{SeedData.RegionId}", Subject = proposed.Name, PageSize = 500 }, cancellationToken: Ct),
        };
        var (_, run) = await MatchRequests.RunAsync(server.As(SeedData.Board).Matching, MatchRequests.Demo(), null, Ct);
        answers.Add(run);

        Assert.True(Holds(withPlace, kept.Latitude) && Holds(withPlace, kept.Longitude), "the desk's own read holds the kept place");
        Assert.False(Holds(withPlace, Sent.Latitude) || Holds(withPlace, Sent.Longitude), "not even the desk gets the point as sent back");
        foreach (var answer in answers)
        {
            Assert.All(coordinates, c => Assert.False(Holds(answer, c), $"{answer.Descriptor.Name} carries {c}"));
        }
    }

    // A coordinate as protobuf encodes a double (8 bytes, little-endian), or as its JSON text.
    private static bool Holds(IMessage message, double coordinate)
    {
        var bytes = message.ToByteArray();
        var pattern = BitConverter.GetBytes(coordinate);
        var json = JsonFormatter.Default.Format(message);
        return bytes.AsSpan().IndexOf(pattern) >= 0 || json.Contains(coordinate.ToString("R", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
