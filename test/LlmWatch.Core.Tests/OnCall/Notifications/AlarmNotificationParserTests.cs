using LlmWatch.Core.Alarms;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.TestKit.OnCall;

namespace LlmWatch.Core.Tests.OnCall.Notifications;

public class AlarmNotificationParserTests
{
    private static AlarmNotification Sample(string file)
    {
        var result = AlarmNotificationParser.Parse(OnCallHarness.SampleMessage(file).Message);
        Assert.True(result.IsSuccess, result.Detail);
        return result.Notification;
    }

    [Fact]
    public void Single_metric_alarm_normalizes_region_statistic_dimensions_and_time()
    {
        var a = Sample("alarm-sns-event.json");
        Assert.Equal(AlarmKind.SingleMetric, a.Kind);
        Assert.Equal("checkout-api-errors", a.AlarmName);
        Assert.Equal("us-east-1", a.RegionCode);
        Assert.Equal("US East (N. Virginia)", a.RegionName);
        Assert.Equal(AlarmState.Alarm, a.NewState);
        Assert.Equal(AlarmState.Ok, a.OldState);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 15, 42, 587, TimeSpan.Zero), a.StateChangeTime);
        Assert.Equal("Sum", a.Trigger!.Statistic);
        Assert.Equal([new AlarmDimension("FunctionName", "checkout-api")], a.Trigger.Dimensions);
        Assert.Equal(60, a.Trigger.Period);
        Assert.Equal(3, a.Trigger.EvaluationPeriods);
        Assert.Equal(2, a.Trigger.DatapointsToAlarm);
        Assert.Equal(5.0, a.Trigger.Threshold);
        Assert.Equal("notBreaching", a.Trigger.TreatMissingData);
        Assert.Equal("arn:aws:cloudwatch:us-east-1:123456789012:alarm:checkout-api-errors|2025-03-04T10:15:42.587+0000|ALARM", a.DedupKey);
    }

    [Fact]
    public void Metric_math_alarm_keeps_queries_with_api_casing()
    {
        var a = Sample("alarm-sns-event-metric-math.json");
        Assert.Equal(AlarmKind.MetricMath, a.Kind);
        Assert.Null(a.Trigger!.MetricName);
        Assert.Equal(3, a.Trigger.Metrics.Count);
        var rate = a.Trigger.Metrics[0];
        Assert.True(rate.ReturnData);
        Assert.Equal("(errors / invocations) * 100", rate.Expression);
        var errors = a.Trigger.Metrics[1];
        Assert.Equal(("Errors", "AWS/Lambda", "Sum", 300), (errors.MetricName, errors.Namespace, errors.Stat, errors.Period));
        Assert.Equal("checkout-api", errors.Dimensions.Single().Value);
    }

    [Fact]
    public void Composite_alarm_reads_rule_and_object_children()
    {
        var a = Sample("alarm-sns-event-composite.json");
        Assert.Equal(AlarmKind.Composite, a.Kind);
        Assert.Null(a.Trigger);
        Assert.Equal("ALARM(checkout-api-error-rate) OR ALARM(checkout-api-p95-latency)", a.AlarmRule);
        var child = Assert.Single(a.TriggeringChildren);
        Assert.Equal("arn:aws:cloudwatch:us-east-1:123456789012:alarm:checkout-api-error-rate", child.Arn);
        Assert.Equal(AlarmState.Alarm, child.State);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 15, 42, 587, TimeSpan.Zero), child.Timestamp);
    }

    [Fact]
    public void Composite_children_may_be_plain_strings()
    {
        var json = AlarmJson.Composite.Replace(
            "\"TriggeringChildren\":[]", "\"TriggeringChildren\":[\"arn:aws:cloudwatch:eu-west-1:1:alarm:a\",\"b\"]");
        var a = AlarmNotificationParser.Parse(json).Notification!;
        Assert.Equal(["arn:aws:cloudwatch:eu-west-1:1:alarm:a", "b"], a.TriggeringChildren.Select(c => c.Arn));
        Assert.All(a.TriggeringChildren, c => Assert.Equal(AlarmState.Unknown, c.State));
        Assert.Equal("eu-west-1", a.RegionCode);
    }

    [Fact]
    public void Anomaly_detection_alarm_has_band_instead_of_threshold()
    {
        var a = AlarmNotificationParser.Parse(AlarmJson.Anomaly).Notification!;
        Assert.Equal(AlarmKind.AnomalyDetection, a.Kind);
        Assert.Null(a.Trigger!.Threshold);
        Assert.Equal("ad1", a.Trigger.ThresholdMetricId);
        Assert.Null(a.AlarmDescription);
        Assert.Equal("missing", a.Trigger.TreatMissingData);
    }

    [Theory]
    [InlineData("- TreatMissingData:                    missing", "missing")]
    [InlineData("- TreatMissingData:                    notBreaching", "notBreaching")]
    [InlineData("", "missing")]
    [InlineData("breaching", "breaching")]
    public void TreatMissingData_prefix_quirk_is_stripped(string raw, string expected)
    {
        var json = AlarmJson.Single.Replace("\"TreatMissingData\":\"missing\"", $"\"TreatMissingData\":\"{raw}\"");
        Assert.Equal(expected, AlarmNotificationParser.Parse(json).Notification!.Trigger!.TreatMissingData);
    }

    [Theory]
    [InlineData("SUM", "Sum")]
    [InlineData("AVERAGE", "Average")]
    [InlineData("MAXIMUM", "Maximum")]
    [InlineData("SAMPLE_COUNT", "SampleCount")]
    [InlineData("p95", "p95")]
    public void Upper_case_statistic_becomes_api_casing(string raw, string expected)
    {
        var json = AlarmJson.Single.Replace("\"Statistic\":\"AVERAGE\"", $"\"Statistic\":\"{raw}\"");
        Assert.Equal(expected, AlarmNotificationParser.Parse(json).Notification!.Trigger!.Statistic);
    }

    [Theory]
    [InlineData("not json", AlarmParseError.NotJson)]
    [InlineData("[1,2]", AlarmParseError.NotAnObject)]
    [InlineData("{\"Hello\":\"world\"}", AlarmParseError.MissingField)]
    [InlineData("{\"AlarmName\":\"a\",\"NewStateValue\":\"ALARM\",\"StateChangeTime\":\"yesterday\"}", AlarmParseError.BadTimestamp)]
    [InlineData("{\"AlarmName\":\"a\",\"NewStateValue\":\"PANIC\",\"StateChangeTime\":\"2025-03-04T10:15:42.587+0000\"}", AlarmParseError.UnknownState)]
    public void Non_alarm_messages_are_typed_failures(string message, AlarmParseError expected)
    {
        var result = AlarmNotificationParser.Parse(message);
        Assert.False(result.IsSuccess);
        Assert.Equal(expected, result.Error);
    }

    [Theory]
    [InlineData("2025-03-04T10:15:42.587+0000", 10)]
    [InlineData("2025-03-04T12:15:42.587+0200", 10)]
    [InlineData("2025-03-04T10:15:42.587Z", 10)]
    [InlineData("2025-03-04T10:15:42+0000", 10)]
    public void Timestamps_with_colonless_offsets_parse_to_utc(string text, int hour)
    {
        Assert.True(AlarmTimestamps.TryParse(text, out var t));
        Assert.Equal(hour, t.UtcDateTime.Hour);
        Assert.Equal(TimeSpan.Zero, t.Offset);
    }

    [Fact]
    public void Sns_event_decoding_skips_records_without_sns()
    {
        var bytes = "{\"Records\":[{\"EventSource\":\"aws:sqs\"},{\"Sns\":{\"MessageId\":\"m1\",\"Message\":\"x\"}}]}"u8.ToArray();
        var messages = SnsLambdaEvent.Parse(bytes, out var skipped);
        Assert.Equal(1, skipped);
        Assert.Equal("m1", Assert.Single(messages).MessageId);
    }
}
