using LlmWatch.Aws.CloudWatch;
using LlmWatch.Aws.Signing;
using LlmWatch.Aws.Tests.Moto;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.TestKit.Aws;
using LlmWatch.TestKit.OnCall;

namespace LlmWatch.Aws.Tests.OnCall;

public class CloudWatchOnCallReadersTests(MotoServer moto)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Alarm_state_follows_set_alarm_state_and_a_missing_alarm_is_unknown()
    {
        using var aws = new MotoAws(moto);
        using var resources = new MotoOnCall(moto);
        var name = MotoOnCall.Unique("state");
        await resources.PutAlarmAsync(name, "ALARM", Ct);
        var reader = new CloudWatchAlarmStateReader(new CloudWatchClient(aws.Transport(AwsService.CloudWatch)));

        Assert.Equal(AlarmState.Alarm, await reader.GetStateAsync(name, Ct));
        await resources.SetAlarmStateAsync(name, "OK", Ct);
        Assert.Equal(AlarmState.Ok, await reader.GetStateAsync(name, Ct));
        Assert.Equal(AlarmState.Unknown, await reader.GetStateAsync(name + "-gone", Ct));
    }

    [Fact]
    public void Single_metric_trigger_becomes_one_stat_query()
    {
        var alarm = AlarmNotificationParser.Parse(OnCallHarness.SampleMessage("alarm-sns-event.json").Message).Notification!;
        var (queries, id) = CloudWatchMetricHistoryReader.Queries(alarm.Trigger!);
        var q = Assert.Single(queries);
        Assert.Equal("m1", id);
        Assert.Equal(("AWS/Lambda", "Errors", "Sum", 60), (q.MetricStat!.Metric.Namespace, q.MetricStat.Metric.MetricName, q.MetricStat.Stat, q.MetricStat.Period));
        Assert.Equal([new MetricDimension("FunctionName", "checkout-api")], q.MetricStat.Metric.Dimensions);
    }

    [Fact]
    public void Metric_math_trigger_returns_only_the_expression()
    {
        var alarm = AlarmNotificationParser.Parse(OnCallHarness.SampleMessage("alarm-sns-event-metric-math.json").Message).Notification!;
        var (queries, id) = CloudWatchMetricHistoryReader.Queries(alarm.Trigger!);
        Assert.Equal("errorRate", id);
        Assert.Equal([true, false, false], queries.Select(q => q.ReturnData == true));
        Assert.Equal("(errors / invocations) * 100", queries[0].Expression);
    }
}
