using LlmWatch.Core.Alarms;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Ports;

namespace LlmWatch.Core.OnCall;

/// <summary>Runs the correlation queries and GetMetricData concurrently; whatever is not done by the deadline is reported missing.</summary>
public sealed class EvidenceGatherer(ICorrelationQueryRunner queries, IMetricHistoryReader history, EvidenceBuilder builder, TimeProvider time)
{
    public async Task<Evidence> GatherAsync(CorrelationPlan plan, AlarmTrigger? trigger, TimeSpan budget, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var queryTasks = plan.Queries.Select(q => (q.Kind, Task: queries.RunAsync(q, cts.Token))).ToList();
        var historyTask = trigger is null
            ? Task.FromResult<IReadOnlyList<MetricPoint>>([])
            : history.ReadAsync(trigger, plan.HistoryWindow, cts.Token);

        // Wait on a timer, not on the tasks' cancellation: a query that ignores its token must not delay the page.
        var all = Task.WhenAll(queryTasks.Select(t => (Task)t.Task).Append(historyTask));
        using var timer = new CancellationTokenSource();
        var delay = Task.Delay(budget, time, timer.Token);
        await Task.WhenAny(all, delay);
        await timer.CancelAsync();
        await cts.CancelAsync();

        var results = new Dictionary<EvidenceKind, QueryResult>();
        foreach (var (kind, task) in queryTasks)
            results[kind] = Outcome(task);
        var historySection = trigger is null
            ? EvidenceSections.NotRun<MetricPoint>("composite alarm has no single metric")
            : historyTask.Status == TaskStatus.RanToCompletion
                ? EvidenceSections.Complete(historyTask.Result)
                : new EvidenceSection<MetricPoint>(historyTask.IsFaulted ? EvidenceStatus.Failed : EvidenceStatus.TimedOut, [],
                    historyTask.IsFaulted ? Message(historyTask.Exception) : "GetMetricData still running at the page deadline");
        return builder.Build(plan, results, historySection);
    }

    private static QueryResult Outcome(Task<QueryResult> task) => task.Status switch
    {
        TaskStatus.RanToCompletion => task.Result,
        TaskStatus.Faulted => QueryResult.Failed(Message(task.Exception)),
        _ => QueryResult.TimedOut(),
    };

    private static string Message(AggregateException? e) => e?.InnerException?.Message ?? e?.Message ?? "failed";
}
