using LlmWatch.Core.Alarms;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Tests.OnCall.Notifications;

namespace LlmWatch.Core.Tests.Correlation;

public class CorrelationQueryTests
{
    private static readonly TimeWindow Window = new(
        new DateTimeOffset(2026, 5, 4, 9, 6, 0, TimeSpan.Zero), new DateTimeOffset(2026, 5, 4, 9, 21, 0, TimeSpan.Zero));

    private static readonly CorrelationScope ModelAndCaller = new("us.anthropic.claude-sonnet-4-20250514-v1:0", "checkout-api", "LatencyMs", "LlmWatch");

    [Fact]
    public void Errors_query_counts_per_minute_by_code_and_model_within_scope()
    {
        Assert.Equal("""
            fields @timestamp, errorCode, modelId
            | filter ispresent(errorCode)
            | parse identity.arn /:(?:assumed-role|user)\/(?<caller>[^\/]+)/
            | filter modelId = "us.anthropic.claude-sonnet-4-20250514-v1:0"
            | filter caller = "checkout-api"
            | stats count(*) as errors by bin(1m) as minute, errorCode, modelId
            | sort minute desc
            | limit 50
            """.ReplaceLineEndings("\n"), new ErrorsByCodeQuery(ModelAndCaller, Window).Render());
    }

    [Fact]
    public void Errors_query_without_scope_filters_nothing_but_errors()
    {
        Assert.Equal("""
            fields @timestamp, errorCode, modelId
            | filter ispresent(errorCode)
            | stats count(*) as errors by bin(1m) as minute, errorCode, modelId
            | sort minute desc
            | limit 50
            """.ReplaceLineEndings("\n"), new ErrorsByCodeQuery(CorrelationScope.All, Window).Render());
    }

    [Fact]
    public void Slowest_requests_read_latency_from_the_converse_output_body()
    {
        Assert.Equal("""
            parse identity.arn /:(?:assumed-role|user)\/(?<caller>[^\/]+)/
            | filter ispresent(output.outputBodyJson.metrics.latencyMs)
            | filter modelId = "us.anthropic.claude-sonnet-4-20250514-v1:0"
            | filter caller = "checkout-api"
            | fields @timestamp, requestId, modelId, caller, output.outputBodyJson.metrics.latencyMs as latencyMs, input.inputTokenCount as inputTokens, output.outputTokenCount as outputTokens
            | sort latencyMs desc
            | limit 10
            """.ReplaceLineEndings("\n"), new SlowestRequestsQuery(ModelAndCaller, Window).Render());
    }

    [Fact]
    public void Response_text_is_queried_only_when_opted_in()
    {
        Assert.DoesNotContain("outputText", new SlowestRequestsQuery(ModelAndCaller, Window).Render());
        Assert.Contains("output.outputBodyJson.output.message.content.0.text as outputText",
            new SlowestRequestsQuery(ModelAndCaller, Window, IncludeText: true).Render());
    }

    [Fact]
    public void Top_callers_sum_every_token_kind_by_caller_and_model()
    {
        Assert.Equal("""
            parse identity.arn /:(?:assumed-role|user)\/(?<caller>[^\/]+)/
            | filter modelId = "us.anthropic.claude-sonnet-4-20250514-v1:0"
            | stats count(*) as requests, sum(input.inputTokenCount) as inputTokens, sum(output.outputTokenCount) as outputTokens, sum(input.cacheReadInputTokenCount) as cacheReadTokens, sum(input.cacheWriteInputTokenCount) as cacheWriteTokens by caller, modelId
            | sort requests desc
            | limit 200
            """.ReplaceLineEndings("\n"), new TopCallersQuery(ModelAndCaller with { Caller = null }, Window).Render());
    }

    [Fact]
    public void Judge_query_reads_emf_fields_below_the_threshold()
    {
        Assert.Equal("""
            fields @timestamp, RequestId, ModelId, CompositeScore
            | filter ispresent(CompositeScore)
            | filter ModelId = "us.anthropic.claude-sonnet-4-20250514-v1:0"
            | filter CompositeScore < 70
            | sort @timestamp desc
            | limit 10
            """.ReplaceLineEndings("\n"), new LowJudgeScoresQuery(ModelAndCaller, Window, 70).Render());
    }

    [Fact]
    public void String_literals_are_escaped()
    {
        var text = new ErrorsByCodeQuery(new CorrelationScope("a\"b\\c", null, null, null), Window).Render();
        Assert.Contains("filter modelId = \"a\\\"b\\\\c\"", text);
    }

    [Fact]
    public void Window_is_three_periods_before_the_state_change_but_at_least_fifteen_minutes()
    {
        var change = new DateTimeOffset(2025, 3, 4, 10, 15, 42, 587, TimeSpan.Zero);
        var shortPeriod = TimeWindow.BeforeStateChange(change, 60, 3);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 16, 0, TimeSpan.Zero), shortPeriod.End);
        Assert.Equal(TimeSpan.FromMinutes(15), shortPeriod.Length);
        var longPeriod = TimeWindow.BeforeStateChange(change, 900, 1);
        Assert.Equal(TimeSpan.FromMinutes(45), longPeriod.Length);
        Assert.Equal(longPeriod.Start, longPeriod.Previous().End);
    }

    [Fact]
    public void Plan_scopes_queries_to_the_alarm_dimensions()
    {
        var alarm = AlarmNotificationParser.Parse(AlarmJson.Single).Notification!;
        var plan = CorrelationPlanner.Plan(alarm);
        Assert.Equal(new CorrelationScope("us.anthropic.claude-sonnet-4-20250514-v1:0", "checkout-api", "LatencyMs", "LlmWatch"), plan.Scope);
        Assert.Equal(TimeSpan.FromMinutes(15), plan.Window.Length);
        Assert.Equal([EvidenceKind.ErrorsByCode, EvidenceKind.SlowestRequests, EvidenceKind.TopCallers, EvidenceKind.TopCallersPrevious],
            plan.Queries.Select(q => q.Kind));
        Assert.False(plan.IsQuality);
    }

    [Fact]
    public void Quality_alarm_adds_the_judge_query_with_its_threshold()
    {
        var alarm = AlarmNotificationParser.Parse(AlarmJson.Quality).Notification!;
        var plan = CorrelationPlanner.Plan(alarm);
        Assert.True(plan.IsQuality);
        var judge = Assert.IsType<LowJudgeScoresQuery>(plan.Queries.Single(q => q.Kind == EvidenceKind.LowJudgeScores));
        Assert.Equal(70, judge.Below);
        Assert.Equal(LogSource.JudgeLogs, judge.Source);
    }

    [Fact]
    public void Metric_math_scope_takes_dimensions_the_metrics_agree_on()
    {
        var json = AlarmJson.Anomaly;
        var plan = CorrelationPlanner.Plan(AlarmNotificationParser.Parse(json).Notification!);
        Assert.Equal("us.anthropic.claude-sonnet-4-20250514-v1:0", plan.Scope.ModelId);
        Assert.Equal("InputTokens", plan.Scope.MetricName);
        Assert.Null(plan.Scope.Caller);
    }
}
