namespace LlmWatch.Core.Tests.OnCall.Notifications;

/// <summary>Hand-built notification variants the samples do not cover (anomaly band, bare composite, average statistic).</summary>
internal static class AlarmJson
{
    public const string Single = """
        {"AlarmName":"llm-latency-p95-warning","AlarmDescription":"p95 latency. Runbook: https://wiki.example.com/runbooks/latency","AWSAccountId":"123456789012","NewStateValue":"ALARM","NewStateReason":"Threshold Crossed","StateChangeTime":"2026-05-04T09:20:10.000+0000","Region":"US East (N. Virginia)","AlarmArn":"arn:aws:cloudwatch:us-east-1:123456789012:alarm:llm-latency-p95-warning","OldStateValue":"OK","Trigger":{"MetricName":"LatencyMs","Namespace":"LlmWatch","StatisticType":"Statistic","Statistic":"AVERAGE","Unit":null,"Dimensions":[{"value":"us.anthropic.claude-sonnet-4-20250514-v1:0","name":"ModelId"},{"value":"checkout-api","name":"Caller"}],"Period":300,"EvaluationPeriods":1,"ComparisonOperator":"GreaterThanThreshold","Threshold":2000.0,"TreatMissingData":"missing","EvaluateLowSampleCountPercentile":""}}
        """;

    public const string Anomaly = """
        {"AlarmName":"token-anomaly","AlarmDescription":null,"AWSAccountId":"123456789012","NewStateValue":"ALARM","NewStateReason":"Thresholds Crossed","StateChangeTime":"2026-05-04T09:20:10.000+0000","Region":"US East (N. Virginia)","AlarmArn":"arn:aws:cloudwatch:us-east-1:123456789012:alarm:token-anomaly","OldStateValue":"OK","Trigger":{"Period":300,"EvaluationPeriods":2,"ComparisonOperator":"LessThanLowerOrGreaterThanUpperThreshold","ThresholdMetricId":"ad1","TreatMissingData":"","Metrics":[{"Id":"m1","MetricStat":{"Metric":{"Dimensions":[{"value":"us.anthropic.claude-sonnet-4-20250514-v1:0","name":"ModelId"}],"MetricName":"InputTokens","Namespace":"LlmWatch"},"Period":300,"Stat":"Sum"},"ReturnData":true},{"Id":"ad1","Expression":"ANOMALY_DETECTION_BAND(m1, 1.5)","Label":"InputTokens (expected)","ReturnData":true}]}}
        """;

    public const string Composite = """
        {"AlarmName":"llm-degraded","AlarmDescription":"critical composite","AWSAccountId":"1","NewStateValue":"ALARM","NewStateReason":"x","StateChangeTime":"2026-05-04T09:20:10.000+0000","Region":"EU (Ireland)","AlarmArn":"arn:aws:cloudwatch:eu-west-1:1:alarm:llm-degraded","OldStateValue":"OK","AlarmRule":"ALARM(a) AND ALARM(b)","TriggeringChildren":[]}
        """;

    public const string Quality = """
        {"AlarmName":"quality-low","AlarmDescription":"Judge composite score low","AWSAccountId":"123456789012","NewStateValue":"ALARM","NewStateReason":"Threshold Crossed","StateChangeTime":"2026-05-04T09:20:10.000+0000","Region":"US East (N. Virginia)","AlarmArn":"arn:aws:cloudwatch:us-east-1:123456789012:alarm:quality-low","OldStateValue":"OK","Trigger":{"MetricName":"CompositeScore","Namespace":"LlmWatch/Quality","StatisticType":"Statistic","Statistic":"AVERAGE","Dimensions":[{"value":"us.anthropic.claude-sonnet-4-20250514-v1:0","name":"ModelId"}],"Period":900,"EvaluationPeriods":1,"ComparisonOperator":"LessThanThreshold","Threshold":70.0,"TreatMissingData":"notBreaching"}}
        """;
}
