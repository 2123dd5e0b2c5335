namespace LlmWatch.Aws.CloudWatch;

/// <summary>Which alarms DescribeAlarms should return: by exact names or by name prefix, metric and/or composite.</summary>
internal sealed record AlarmFilter
{
    public IReadOnlyList<string>? AlarmNames { get; init; }

    public string? AlarmNamePrefix { get; init; }

    /// <summary>Include composite alarms (CloudWatch returns only metric alarms unless asked).</summary>
    public bool IncludeComposite { get; init; } = true;

    public bool IncludeMetric { get; init; } = true;

    /// <summary>Only alarms in this state (<c>OK</c>, <c>ALARM</c>, <c>INSUFFICIENT_DATA</c>).</summary>
    public string? StateValue { get; init; }

    public static AlarmFilter ByNames(params string[] names) => new() { AlarmNames = names };

    public static AlarmFilter ByPrefix(string prefix) => new() { AlarmNamePrefix = prefix };
}
