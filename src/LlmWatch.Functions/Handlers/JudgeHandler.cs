using System.Buffers;
using LlmWatch.Core.Judge;
using LlmWatch.Core.Ports;
using LlmWatch.Functions.Output;
using LlmWatch.Functions.RuntimeApi;
using LlmWatch.Functions.Triggers;

namespace LlmWatch.Functions.Handlers;

/// <summary><c>judge</c>: SQS batch of samples → judge calls → quality EMF on stdout → partial batch response.</summary>
internal sealed class JudgeHandler(JudgeBatchRunner runner, JudgeEvaluator evaluator, QualityEmfWriter emf, ILineSink stdout, IEventLog log, TimeProvider time) : IHandler
{
    /// <summary>Stop starting calls this long before the deadline, so the response (with the failures) still goes out.</summary>
    public static readonly TimeSpan DeadlineMargin = TimeSpan.FromSeconds(3);

    public async Task<byte[]> HandleAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context, CancellationToken cancellationToken)
    {
        var items = SqsEvent.Decode(eventJson.Span).Where(m => m is not null).Select(m => new JudgeWorkItem(m.MessageId ?? "", m.Body ?? "")).ToList();
        using var early = new CancellationTokenSource(TimeBeforeDeadline(context.Deadline), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, early.Token);

        var result = await runner.RunAsync(items, linked.Token);

        var buffer = new ArrayBufferWriter<byte>();
        emf.Write(result.Outcomes, evaluator.Rubric.Version, evaluator.JudgeModelId, time.GetUtcNow(), buffer);
        stdout.WriteLines(buffer.WrittenSpan);
        foreach (var problem in result.Problems)
        {
            log.Warn("judge.sample-failed", ("kind", problem.Kind), ("messageId", problem.MessageId), ("recordRequestId", problem.RequestId),
                ("retried", problem.Retried ? "true" : "false"), ("detail", problem.Detail));
        }
        return SqsBatchResponse.Encode(result.FailedMessageIds);
    }

    private TimeSpan TimeBeforeDeadline(DateTimeOffset deadline) => deadline == DateTimeOffset.MaxValue
        ? Timeout.InfiniteTimeSpan
        : TimeSpan.FromTicks(Math.Max(0, (deadline - time.GetUtcNow() - DeadlineMargin).Ticks));
}
