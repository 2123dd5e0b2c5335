using System.Text.Json;
using LlmWatch.Functions.Tests.Handlers;
using LlmWatch.TestKit;
using LlmWatch.TestKit.RuntimeApi;

namespace LlmWatch.Functions.Tests.Aot;

/// <summary>The real Native AOT <c>bootstrap</c> against the fake Runtime API, fed the events/ files.</summary>
public class BootstrapProcessTests(PublishedBootstrap published)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Serves_subscription_events_in_turn_and_writes_their_EMF_to_stdout()
    {
        RequirePublished();
        await using var host = RuntimeApiHost.Start();
        await using var bootstrap = BootstrapProcess.Start(published.BootstrapPath, host.Address, "metrics");
        string[] files = ["metrics-subscription-event.json", "metrics-error-records-event.json", "metrics-control-message-event.json",
                          "metrics-malformed-envelope-event.json", "metrics-subscription-event.json"];
        var expected = files.Select(f => ExpectedTotals.FromEventFile(RepoFiles.Event(f))).ToList();

        var queued = files.Select(f => host.Enqueue(RepoFiles.ReadEvent(f))).ToList();
        var outcomes = await Task.WhenAll(queued.Select(q => q.Outcome)).WaitAsync(Bound, TestContext.Current.CancellationToken);

        Assert.All(outcomes, o => Assert.Equal(RuntimePostKind.Response, o.Kind));
        var summaries = outcomes.Select(o => JsonDocument.Parse(o.Body).RootElement).ToList();
        Assert.Equal(expected.Select(e => e.Invocations), summaries.Select(s => s.GetProperty("parsed").GetInt32()));
        Assert.True(summaries[2].GetProperty("controlMessage").GetBoolean());
        Assert.Equal([0, 0, 0, 1, 0], summaries.Select(s => s.GetProperty("envelopeErrors").GetInt32()));

        var emfRecords = summaries.Sum(s => s.GetProperty("emfRecords").GetInt32());
        var lines = await bootstrap.WaitForStdoutAsync(l => EmfTotals.From(l).Records >= emfRecords, Bound);
        var emf = EmfTotals.From(lines);
        Assert.Equal(emfRecords, emf.Records);
        Assert.Equal(expected.Sum(e => e.Invocations), emf["Invocations"]);
        Assert.Equal(expected.Sum(e => e.InputTokens), emf["InputTokens"]);
        Assert.Equal(expected.Sum(e => e.OutputTokens), emf["OutputTokens"]);
        Assert.Contains(lines, l => l.Contains("\"event\":\"metrics.envelope-undecodable\"") && l.Contains($"\"requestId\":\"{queued[3].RequestId}\""));
        Assert.Equal(files.Length + 1, host.NextCalls);
    }

    [Fact]
    public async Task Unknown_handler_is_an_init_error_naming_the_valid_handlers_and_the_process_exits()
    {
        RequirePublished();
        await using var host = RuntimeApiHost.Start();
        await using var bootstrap = BootstrapProcess.Start(published.BootstrapPath, host.Address, "metrix");

        var initError = await host.InitError.WaitAsync(Bound, TestContext.Current.CancellationToken);
        var exitCode = await bootstrap.WaitForExitAsync(Bound);

        Assert.NotEqual(0, exitCode);
        Assert.Equal("Runtime.NoSuchHandler", initError.ErrorTypeHeader);
        using var body = JsonDocument.Parse(initError.Body);
        Assert.Equal("Runtime.NoSuchHandler", body.RootElement.GetProperty("errorType").GetString());
        var message = body.RootElement.GetProperty("errorMessage").GetString()!;
        Assert.Contains("Valid handlers: ", message, StringComparison.Ordinal);
        foreach (var handler in new[] { "ack", "alarm", "escalate", "judge", "metrics" })
            Assert.Contains(handler, message, StringComparison.Ordinal);
        Assert.Equal(0, host.NextCalls);
    }

    [Fact]
    public async Task An_invalid_setting_is_an_init_error_naming_it()
    {
        RequirePublished();
        await using var host = RuntimeApiHost.Start();
        await using var bootstrap = BootstrapProcess.Start(published.BootstrapPath, host.Address, "metrics",
            new Dictionary<string, string> { ["METRICS_NAMESPACE"] = ":reserved" });

        var initError = await host.InitError.WaitAsync(Bound, TestContext.Current.CancellationToken);

        Assert.Equal(1, await bootstrap.WaitForExitAsync(Bound));
        Assert.Equal("Runtime.ConfigInvalid", initError.ErrorTypeHeader);
        Assert.Contains("METRICS_NAMESPACE", initError.BodyText, StringComparison.Ordinal);
    }

    private void RequirePublished() => Assert.True(published.Publish.ExitCode == 0, published.Publish.Combined);
}
