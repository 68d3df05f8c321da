using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace BeschermdThuis.Matching.Api.Tests.Infrastructure;

/// <summary>
/// Writes the server's log to the output of the test that caused it, so a failing test shows what the server did (as
/// grpc-dotnet's examples/Tester GrpcTestFixture forwards its logs). The test is found through
/// <see cref="TestContext.Current"/>, which reaches the server when the TestServer preserves the caller's execution
/// context; a host on a real socket (where it does not flow) passes the output of the test that started it instead.
/// Lines written where no test is running (a class fixture starting its server) are dropped.
/// </summary>
public sealed class TestOutputLoggerProvider(ITestOutputHelper? startedBy = null) : ILoggerProvider
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public ILogger CreateLogger(string categoryName) => new TestOutputLogger(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string category, string message, Exception? exception)
    {
        var output = TestContext.Current.TestOutputHelper ?? startedBy;
        if (output is null)
        {
            return;
        }
        var line = $"{_clock.Elapsed.TotalSeconds:0.000}s {level} {category}: {message}";
        try
        {
            output.WriteLine(exception is null ? line : $"{line}{Environment.NewLine}{exception}");
        }
        catch (InvalidOperationException)
        {
            // The test has finished while the server still logs (a background match winding down): nowhere to write.
        }
    }

    private sealed class TestOutputLogger(TestOutputLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Write(logLevel, category, formatter(state, exception), exception);
    }
}
