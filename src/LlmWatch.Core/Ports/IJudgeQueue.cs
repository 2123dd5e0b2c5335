using System.Diagnostics.CodeAnalysis;
using LlmWatch.Core.Judge;

namespace LlmWatch.Core.Ports;

/// <summary>Where sampled records wait for the judge (SQS in production).</summary>
[SuppressMessage("Naming", "CA1711", Justification = "It is a queue: the port over the SQS judge queue.")]
public interface IJudgeQueue
{
    /// <summary>Sends the samples in as few requests as the limits allow. Samples that cannot be sent are counted, never thrown.</summary>
    Task<JudgeQueueResult> SendAsync(IReadOnlyList<JudgeSample> samples, CancellationToken cancellationToken);
}
