namespace LlmWatch.Aws.CloudWatch;

/// <summary>Values of one query; <see cref="Timestamps"/> and <see cref="Values"/> are parallel.</summary>
internal sealed record MetricDataResult
{
    public string Id { get; init; } = "";

    public string? Label { get; init; }

    public IReadOnlyList<DateTimeOffset> Timestamps { get; init; } = [];

    public IReadOnlyList<double> Values { get; init; } = [];

    /// <summary><c>Complete</c>, <c>PartialData</c>, <c>InternalError</c> or <c>Forbidden</c>.</summary>
    public string? StatusCode { get; init; }

    public IReadOnlyList<MetricDataMessage>? Messages { get; init; }
}
