using LlmWatch.Core.Errors;
using LlmWatch.Core.Records;
using S = LlmWatch.Core.Metrics.Schema.MetricSchema;

namespace LlmWatch.Core.Metrics;

/// <summary>The metrics of one (minute, model, caller) cell of a batch, by schema slot, and the request ids its metadata names.</summary>
internal sealed class MetricAccumulator
{
    private const int MaxErrorRequestIds = 5;

    public readonly double[] Sums = new double[S.Invocation.Sums.Count];
    public readonly List<double>[] Distributions = InvocationMeasures.NewDistributions();
    public string? SlowestRequestId;
    public double SlowestLatency = -1;
    public readonly List<string> ErrorRequestIds = [];

    public void Add(InvocationRecord record, bool priced, double costUsd)
    {
        InvocationMeasures.Add(record, priced, costUsd, Sums, Distributions);
        if (record.ErrorClass != ErrorClass.None && ErrorRequestIds.Count < MaxErrorRequestIds && record.RequestId.Length > 0)
            ErrorRequestIds.Add(record.RequestId);
        if (record.LatencyMs is { } latency && latency > SlowestLatency)
        {
            SlowestLatency = latency;
            SlowestRequestId = record.RequestId;
        }
    }
}
