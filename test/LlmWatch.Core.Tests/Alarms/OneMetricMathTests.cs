using System.Text;
using System.Text.Json.Nodes;
using LlmWatch.Core.Alarms.Definitions;
using LlmWatch.Core.Alarms.Evaluation;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;
using LlmWatch.Core.Templates;
using LlmWatch.Core.Tests.Templates;
using LlmWatch.TestKit;

namespace LlmWatch.Core.Tests.Alarms;

/// <summary>
/// The backtest and offline page history evaluate metric math through one evaluator: over the incident logs, every
/// alarm serverless.template deploys on LlmWatch metrics gets the same value per period from both.
/// </summary>
public class OneMetricMathTests
{
    private static readonly PriceBook Prices = PriceBook.LoadDefault();
    private static readonly IReadOnlyList<InvocationRecord> Records = Parse(RepoFiles.Event("incident-invocation-logs.jsonl"));

    [Fact]
    public void Backtest_and_page_history_agree_on_every_template_alarm_the_logs_can_feed()
    {
        var series = Series();
        var template = new DeployedTemplate([.. series.Models]);
        var catalog = AlarmCatalog.Create(TemplateInventory.Discover(template.Root));
        var parameters = new BacktestParameters(AlarmParameters.All.ToDictionary(p => p.Name, p => p.Default)
            .Concat(template.ParameterValues).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value));
        long from = series.FirstMinute + 1, to = series.LastMinute + 1 + AlarmBacktest.TailMinutes;
        var compared = new HashSet<string>(StringComparer.Ordinal);
        var values = 0;

        foreach (var (key, model, properties) in template.Resources("AWS::CloudWatch::Alarm"))
        {
            var alarm = catalog.Alarms.SingleOrDefault(a => (model is null ? a.Key : $"{a.Key}&{{ModelId}}") == key);
            if (alarm is null || properties["Metrics"] is null)
                continue;
            var trigger = Trigger(properties);
            var period = trigger.Period / 60;
            var window = new TimeWindow(Minute(from - period), Minute(to));
            var offline = new OfflineMetricHistory(Prices).Compute(trigger, window, Records);
            if (alarm.NotBacktestable is not null)
            {
                Assert.Equal(EvidenceStatus.NotRun, offline.Status);
                continue;
            }
            Assert.Equal(EvidenceStatus.Complete, offline.Status);
            var loop = new Dictionary<string, string>(StringComparer.Ordinal) { ["ModelId"] = model ?? "" };
            var backtest = new AlarmEvaluator(alarm, loop, series, parameters).Run(from, to);
            var history = offline.Rows.ToDictionary(p => p.Timestamp.ToUnixTimeSeconds() / 60 + period, p => p.Value);
            for (var end = from; end < to; end += period)
            {
                var expected = backtest[end - from].Value;
                Assert.True(history.TryGetValue(end, out var actual) ? expected == actual : expected is null,
                    $"{key} {model} at {Minute(end):u}: backtest {expected}, page history {(history.ContainsKey(end) ? actual : "none")}");
                values += expected is null ? 0 : 1;
            }
            compared.Add(alarm.Key);
        }

        Assert.Superset(new HashSet<string>(StringComparer.Ordinal)
        {
            "LatencyP95Warning", "LatencyP95Critical", "ErrorRateWarning", "ErrorRateCritical", "ThrottleRate", "TokenAnomaly",
            "DailyCost50", "DailyCost75", "DailyCost90", "AccessDenied", "UnpricedTokens",
        }, compared);
        Assert.True(values > 200, $"only {values} values compared");
    }

    [Fact]
    public void The_incident_error_rate_is_the_same_number_in_the_backtest_and_in_the_page()
    {
        var series = Series();
        var alarm = AlarmCatalog.Create().Find("ErrorRateCritical");
        var model = "us.anthropic.claude-sonnet-4-20250514-v1:0";
        var parameters = new BacktestParameters(AlarmParameters.All.ToDictionary(p => p.Name, p => p.Default));
        var end = new DateTimeOffset(2026, 5, 4, 9, 43, 0, TimeSpan.Zero).ToUnixTimeSeconds() / 60;

        var backtest = new AlarmEvaluator(alarm, new Dictionary<string, string> { ["ModelId"] = model }, series, parameters).Run(end, end + 1)[0].Value;
        var trigger = Trigger(new DeployedTemplate(model).Resources("AWS::CloudWatch::Alarm").Single(r => r.Key == "ErrorRateCritical&{ModelId}").Properties);
        var page = new OfflineMetricHistory(Prices).Compute(trigger, new TimeWindow(Minute(end - 5), Minute(end)), Records).Rows.Single().Value;

        // 09:38-09:43: 12 of the model's 29 invocations failed.
        Assert.Equal(1200.0 / 29, backtest!.Value, 9);
        Assert.Equal(backtest, page);
    }

    private static MetricSeriesSet Series()
    {
        var builder = new MetricSeriesBuilder((InvocationRecord r, out double usd) => Prices.TryGetCost(r.ModelId, r.Timestamp, r.Tokens, out usd));
        foreach (var record in Records)
            builder.Add(record);
        return builder.Series;
    }

    /// <summary>The Trigger of the notification CloudWatch sends for a deployed alarm.</summary>
    private static AlarmTrigger Trigger(JsonObject alarm)
    {
        var metrics = new JsonArray();
        foreach (var query in alarm["Metrics"]!.AsArray())
        {
            var q = new JsonObject { ["Id"] = query!["Id"]!.DeepClone(), ["ReturnData"] = query["ReturnData"]!.DeepClone() };
            if (query["Expression"] is { } expression)
                q["Expression"] = expression.DeepClone();
            if (query["MetricStat"] is { } stat)
            {
                q["MetricStat"] = new JsonObject
                {
                    ["Metric"] = new JsonObject
                    {
                        ["Dimensions"] = new JsonArray([.. stat["Metric"]!["Dimensions"]!.AsArray().Select(d => (JsonNode)new JsonObject
                        {
                            ["value"] = d!["Value"]!.DeepClone(),
                            ["name"] = d["Name"]!.DeepClone(),
                        })]),
                        ["MetricName"] = stat["Metric"]!["MetricName"]!.DeepClone(),
                        ["Namespace"] = stat["Metric"]!["Namespace"]!.DeepClone(),
                    },
                    ["Period"] = stat["Period"]!.DeepClone(),
                    ["Stat"] = stat["Stat"]!.DeepClone(),
                };
            }
            metrics.Add(q);
        }
        var trigger = new JsonObject
        {
            ["Period"] = alarm["Metrics"]!.AsArray().First(m => m!["MetricStat"] is not null)!["MetricStat"]!["Period"]!.DeepClone(),
            ["EvaluationPeriods"] = alarm["EvaluationPeriods"]!.DeepClone(),
            ["DatapointsToAlarm"] = alarm["DatapointsToAlarm"]!.DeepClone(),
            ["ComparisonOperator"] = alarm["ComparisonOperator"]!.DeepClone(),
            ["TreatMissingData"] = alarm["TreatMissingData"]!.DeepClone(),
            ["Metrics"] = metrics,
        };
        if (alarm["ThresholdMetricId"] is { } band)
            trigger["ThresholdMetricId"] = band.DeepClone();
        else
            trigger["Threshold"] = double.Parse(alarm["Threshold"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        var message = new JsonObject
        {
            ["AlarmName"] = "template-alarm",
            ["AWSAccountId"] = "444455556666",
            ["NewStateValue"] = "ALARM",
            ["OldStateValue"] = "OK",
            ["NewStateReason"] = "Threshold Crossed",
            ["StateChangeTime"] = "2026-05-04T09:42:17.512+0000",
            ["Region"] = "US East (N. Virginia)",
            ["AlarmArn"] = "arn:aws:cloudwatch:us-east-1:444455556666:alarm:template-alarm",
            ["Trigger"] = trigger,
        };
        return AlarmNotificationParser.Parse(message.ToJsonString()).Notification!.Trigger!;
    }

    private static DateTimeOffset Minute(long minute) => DateTimeOffset.FromUnixTimeSeconds(minute * 60);

    private static List<InvocationRecord> Parse(string path)
    {
        var parser = new InvocationRecordParser();
        return [.. File.ReadLines(path).Select(line => parser.TryParse(Encoding.UTF8.GetBytes(line), out var r, out var reason)
            ? r! : throw new InvalidOperationException($"{path}: {reason}"))];
    }
}
