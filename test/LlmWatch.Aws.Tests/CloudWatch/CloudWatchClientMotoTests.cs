using System.Globalization;
using LlmWatch.Aws.CloudWatch;
using LlmWatch.Aws.Signing;
using LlmWatch.Aws.Tests.Moto;
using LlmWatch.TestKit.Aws;

namespace LlmWatch.Aws.Tests.CloudWatch;

public class CloudWatchClientMotoTests(MotoServer moto)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DescribeAlarms_returns_a_metric_alarm_with_typed_fields()
    {
        using var aws = new MotoAws(moto);
        var latency = MotoAws.UniqueName("latency");
        await PutAlarmAsync(aws, $$"""
            {"AlarmName":"{{latency}}","AlarmDescription":"p95 latency","Namespace":"LlmWatch","MetricName":"LatencyMs",
             "Dimensions":[{"Name":"ModelId","Value":"anthropic.claude-3-haiku-20240307-v1:0"}],
             "ExtendedStatistic":"p95","Period":60,"EvaluationPeriods":5,"DatapointsToAlarm":3,"Threshold":2400,
             "ComparisonOperator":"GreaterThanThreshold","TreatMissingData":"notBreaching",
             "AlarmActions":["arn:aws:sns:us-east-1:123456789012:alarms"]}
            """);
        var client = new CloudWatchClient(aws.Transport(AwsService.CloudWatch));

        var alarms = await client.DescribeAlarmsAsync(AlarmFilter.ByNames(latency), Ct);

        var metric = Assert.Single(alarms.MetricAlarms);
        Assert.Equal(latency, metric.AlarmName);
        Assert.Equal($"arn:aws:cloudwatch:{moto.Region}:{moto.AccountId}:alarm:{latency}", metric.AlarmArn);
        Assert.Equal("p95 latency", metric.AlarmDescription);
        Assert.Equal("OK", metric.StateValue);
        Assert.Equal("p95", metric.ExtendedStatistic);
        Assert.Equal(2400, metric.Threshold);
        Assert.Equal(5, metric.EvaluationPeriods);
        Assert.Equal(3, metric.DatapointsToAlarm);
        Assert.Equal(60, metric.Period);
        Assert.Equal("GreaterThanThreshold", metric.ComparisonOperator);
        Assert.Equal([new MetricDimension("ModelId", "anthropic.claude-3-haiku-20240307-v1:0")], metric.Dimensions);
        Assert.Equal(["arn:aws:sns:us-east-1:123456789012:alarms"], metric.AlarmActions);
        var updated = Assert.NotNull(metric.StateUpdatedTimestamp);
        Assert.InRange(updated, TimeProvider.System.GetUtcNow().AddMinutes(-5), TimeProvider.System.GetUtcNow().AddMinutes(1));
        // moto cannot create composite alarms (it drops AlarmRule); CloudWatchClientTests covers them with a fake
        Assert.Empty(alarms.CompositeAlarms);
    }

    [Fact]
    public async Task DescribeAlarms_by_prefix_finds_only_matching_alarms()
    {
        using var aws = new MotoAws(moto);
        var prefix = MotoAws.UniqueName("budget");
        foreach (var pct in new[] { "50", "75", "90" })
        {
            await PutAlarmAsync(aws, $$"""
                {"AlarmName":"{{prefix}}-{{pct}}","Namespace":"LlmWatch","MetricName":"CostUsd","Statistic":"Sum",
                 "Period":86400,"EvaluationPeriods":1,"Threshold":{{pct}},"ComparisonOperator":"GreaterThanOrEqualToThreshold"}
                """);
        }

        var client = new CloudWatchClient(aws.Transport(AwsService.CloudWatch));

        var alarms = await client.DescribeAlarmsAsync(AlarmFilter.ByPrefix(prefix), Ct);

        Assert.Equal([50d, 75d, 90d], alarms.MetricAlarms.Select(a => a.Threshold!.Value).Order());
        Assert.All(alarms.MetricAlarms, a => Assert.Equal("Sum", a.Statistic));
        Assert.Empty(alarms.CompositeAlarms);
    }

    [Fact]
    public async Task GetMetricData_sums_datapoints_put_into_moto()
    {
        // moto computes SampleCount/Average/Sum/Minimum/Maximum only; percentile stats (p95) are not
        // evaluated there, so percentile responses are tested against a local fake instead.
        using var aws = new MotoAws(moto);
        var ns = MotoAws.UniqueName("LlmWatchTest");
        var minute = DateTimeOffset.FromUnixTimeSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() / 60 * 60 - 120);
        var at = minute.AddSeconds(10).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        await aws.JsonAsync(AwsService.CloudWatch, "GraniteServiceVersion20100801.PutMetricData", "1.0", $$"""
            {"Namespace":"{{ns}}","MetricData":[
              {"MetricName":"InputTokens","Dimensions":[{"Name":"ModelId","Value":"m1"}],"Timestamp":{{at}},"Value":120,"Unit":"Count"},
              {"MetricName":"InputTokens","Dimensions":[{"Name":"ModelId","Value":"m1"}],"Timestamp":{{at}},"Value":30,"Unit":"Count"}]}
            """);
        var client = new CloudWatchClient(aws.Transport(AwsService.CloudWatch));
        MetricDataQuery[] queries = [MetricDataQuery.ForStat("tokens", ns, "InputTokens", 60, "Sum", new MetricDimension("ModelId", "m1"))];

        var results = await client.GetMetricDataAsync(queries, minute.AddMinutes(-5), minute.AddMinutes(5), Ct);

        var result = Assert.Single(results);
        Assert.Equal("tokens", result.Id);
        Assert.Equal("Complete", result.StatusCode);
        Assert.Equal([150d], result.Values);
        Assert.Equal(minute, Assert.Single(result.Timestamps));
    }

    private static Task<string> PutAlarmAsync(MotoAws aws, string json) =>
        aws.JsonAsync(AwsService.CloudWatch, "GraniteServiceVersion20100801.PutMetricAlarm", "1.0", json);
}
