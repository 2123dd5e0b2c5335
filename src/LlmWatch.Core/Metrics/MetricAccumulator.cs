using LlmWatch.Core.Errors;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Metrics;

/// <summary>Sums and latency samples for one (minute, model, caller) cell of a batch.</summary>
internal sealed class MetricAccumulator
{
    private const int MaxErrorRequestIds = 5;

    public long Invocations;
    public long InputTokens;
    public long OutputTokens;
    public long CacheReadInputTokens;
    public long CacheWriteInputTokens;
    public double CostUsd;
    public long UnpricedTokens;
    public long LatencyUnavailable;
    public long Errors;
    public readonly long[] ErrorsByClass = new long[(int)ErrorClass.Other + 1];
    public readonly List<double> Latencies = [];
    public string? SlowestRequestId;
    public double SlowestLatency = -1;
    public readonly List<string> ErrorRequestIds = [];

    public void Add(InvocationRecord record, bool priced, double costUsd)
    {
        Invocations++;
        var t = record.Tokens;
        InputTokens += t.Input;
        OutputTokens += t.Output;
        CacheReadInputTokens += t.CacheRead;
        CacheWriteInputTokens += t.CacheWrite;
        if (priced)
            CostUsd += costUsd;
        else
            UnpricedTokens += t.Total;
        var errorClass = record.ErrorClass;
        if (errorClass != ErrorClass.None)
        {
            Errors++;
            ErrorsByClass[(int)errorClass]++;
            if (ErrorRequestIds.Count < MaxErrorRequestIds && record.RequestId.Length > 0)
                ErrorRequestIds.Add(record.RequestId);
        }
        if (record.LatencyMs is { } latency)
        {
            Latencies.Add(latency);
            if (latency > SlowestLatency)
            {
                SlowestLatency = latency;
                SlowestRequestId = record.RequestId;
            }
        }
        else if (errorClass == ErrorClass.None)
        {
            LatencyUnavailable++;
        }
    }
}
