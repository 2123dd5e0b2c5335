namespace LlmWatch.Core.Judge;

/// <summary>
/// Judges a batch of queue messages with bounded concurrency. Faults where a retry may help (throttling, 5xx,
/// timeouts, running out of time) and undecodable messages are returned as failed message ids: SQS redelivers them
/// and, after maxReceiveCount, moves poison messages to the DLQ. Verdicts that stay invalid after the evaluator's
/// retry are dropped and reported, not retried.
/// </summary>
public sealed class JudgeBatchRunner(JudgeEvaluator evaluator, int maxConcurrency)
{
    public int MaxConcurrency { get; } = maxConcurrency > 0 ? maxConcurrency : throw new ArgumentOutOfRangeException(nameof(maxConcurrency));

    public async Task<JudgeBatchResult> RunAsync(IReadOnlyList<JudgeWorkItem> items, CancellationToken cancellationToken)
    {
        var outcomes = new JudgeOutcome?[items.Count];
        var problems = new JudgeItemProblem?[items.Count];
        using var gate = new SemaphoreSlim(MaxConcurrency);
        var tasks = new Task[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var index = i;
            tasks[i] = Task.Run(async () =>
            {
                await gate.WaitAsync(CancellationToken.None);
                try
                {
                    (outcomes[index], problems[index]) = await JudgeOneAsync(items[index], cancellationToken);
                }
                finally
                {
                    gate.Release();
                }
            }, CancellationToken.None);
        }
        await Task.WhenAll(tasks);
        return new JudgeBatchResult(
            [.. outcomes.OfType<JudgeOutcome>()],
            [.. problems.OfType<JudgeItemProblem>().Where(p => p.Retried).Select(p => p.MessageId)],
            [.. problems.OfType<JudgeItemProblem>()]);
    }

    private async Task<(JudgeOutcome?, JudgeItemProblem?)> JudgeOneAsync(JudgeWorkItem item, CancellationToken cancellationToken)
    {
        if (JudgeSampleCodec.TryDecode(item.Body) is not { } sample)
            return (null, new JudgeItemProblem(item.MessageId, null, "undecodable", "message body is not a judge sample", Retried: true));
        if (cancellationToken.IsCancellationRequested)
            return (null, new JudgeItemProblem(item.MessageId, sample.RequestId, "out-of-time", "not started before the deadline", Retried: true));
        try
        {
            var outcome = await evaluator.EvaluateAsync(sample, cancellationToken);
            var problem = outcome.Kind == JudgeOutcomeKind.Dropped
                ? new JudgeItemProblem(item.MessageId, sample.RequestId, "dropped",
                    $"no valid verdict after retry ({string.Join(", ", outcome.Failures)}): {outcome.FailureDetail}", Retried: false)
                : null;
            return (outcome, problem);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (null, new JudgeItemProblem(item.MessageId, sample.RequestId, "out-of-time", "judge call cancelled at the deadline", Retried: true));
        }
#pragma warning disable CA1031 // every fault of one message becomes that message's retry, never the whole batch's failure
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return (null, new JudgeItemProblem(item.MessageId, sample.RequestId, "judge-call-failed", $"{exception.GetType().Name}: {exception.Message}", Retried: true));
        }
    }
}
