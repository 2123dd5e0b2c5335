namespace LlmWatch.Aws.CloudWatch;

/// <summary>Joins GetMetricData pages: the same query id may appear on several pages with more datapoints.</summary>
internal sealed class MetricDataResultMerger
{
    private readonly List<MetricDataResult> _results = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public IReadOnlyList<MetricDataResult> Results => _results;

    public void Add(IReadOnlyList<MetricDataResult> page)
    {
        foreach (var result in page)
        {
            if (!_index.TryGetValue(result.Id, out var at))
            {
                _index[result.Id] = _results.Count;
                _results.Add(result);
                continue;
            }

            var known = _results[at];
            _results[at] = known with
            {
                Timestamps = [.. known.Timestamps, .. result.Timestamps],
                Values = [.. known.Values, .. result.Values],
                // a later page's status is the final word (PartialData → Complete)
                StatusCode = result.StatusCode ?? known.StatusCode,
                Messages = [.. known.Messages ?? [], .. result.Messages ?? []],
            };
        }
    }
}
