using LlmWatch.Core.Records;

namespace LlmWatch.Core.Metrics;

/// <summary>Sees every record of a batch as it is processed (sampling for the judge, replay statistics).</summary>
public interface IInvocationObserver
{
    void OnRecord(InvocationRecord record, ReadOnlySpan<byte> rawRecordJson);

    /// <param name="index">The log event's position in the batch, from 0.</param>
    void OnSkipped(SkipReason reason, int index) { }
}
