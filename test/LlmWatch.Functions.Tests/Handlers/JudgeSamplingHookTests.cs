using System.Text.Json;
using LlmWatch.Core.Judge;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Ports;
using LlmWatch.Core.Pricing;
using LlmWatch.Functions.Handlers;
using LlmWatch.Functions.Output;
using LlmWatch.Functions.RuntimeApi;
using LlmWatch.Functions.Tests.Fakes;
using LlmWatch.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Functions.Tests.Handlers;

public class JudgeSamplingHookTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 4, 9, 16, 0, TimeSpan.Zero));
    private readonly RecordingLineSink _stdout = new();

    private sealed class BrokenQueue : IJudgeQueue
    {
        public Task<JudgeQueueResult> SendAsync(IReadOnlyList<JudgeSample> samples, CancellationToken cancellationToken) =>
            throw new TimeoutException("sqs unreachable");
    }

    [Fact]
    public async Task A_failing_judge_queue_never_fails_the_metrics_batch_and_is_counted()
    {
        var log = new FunctionLog(_stdout, _time);
        var hook = new JudgeSamplingHook(new JudgeSamplingOptions(Rate: 1), new BrokenQueue(), new QualityEmfWriter(), log, _time);
        var handler = new MetricsHandler(new InvocationBatchProcessor(PriceBook.LoadDefault(), new EmfOptions()), _stdout, log, hook);

        var response = await handler.HandleAsync(RepoFiles.ReadEvent("metrics-subscription-event.json"),
            new InvocationContext("req-1", _time.GetUtcNow().AddMinutes(1), "arn", ""), TestContext.Current.CancellationToken);

        Assert.Equal(10, JsonDocument.Parse(response).RootElement.GetProperty("parsed").GetInt32());
        var sampling = _stdout.Lines.Select(l => JsonDocument.Parse(l).RootElement).Single(e => e.TryGetProperty("JudgeSamplesNotQueued", out _));
        Assert.Equal((7, 0), (sampling.GetProperty("JudgeSamplesNotQueued").GetInt32(), sampling.GetProperty("JudgeSampled").GetInt32()));
        Assert.Contains(_stdout.Lines, l => l.Contains("\"event\":\"judge.samples-not-queued\"", StringComparison.Ordinal) && l.Contains("sqs unreachable", StringComparison.Ordinal));
    }
}
