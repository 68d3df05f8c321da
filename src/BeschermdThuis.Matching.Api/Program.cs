using BeschermdThuis.Matching.Api.Hosting;

var app = await MatchingServer.BuildAsync(args);
await app.RunAsync();
