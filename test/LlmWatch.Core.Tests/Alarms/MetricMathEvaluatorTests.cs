using LlmWatch.Core.Alarms.Evaluation;

namespace LlmWatch.Core.Tests.Alarms;

public class MetricMathEvaluatorTests
{
    private static readonly SeriesKey Errors = new("LlmWatch", "Errors", "ModelId=m");
    private static readonly SeriesKey Calls = new("LlmWatch", "Invocations", "ModelId=m");

    /// <summary>Minute 10: 1 error in 4 calls; minute 11: 2 in 4; minute 12: no data.</summary>
    private static MetricSeriesSet Series()
    {
        var series = new MetricSeriesSet();
        foreach (var (minute, errors, calls) in new[] { (10L, 1, 4), (11L, 2, 4) })
        {
            for (var i = 0; i < calls; i++)
            {
                series.Add(Errors, minute, i < errors ? 1 : 0, keepValue: false);
                series.Add(Calls, minute, 1, keepValue: false);
            }
        }
        return series;
    }

    private static MetricMathEvaluator Rate(int periodMinutes, params MetricMathQuery[] extra) => new(Series(),
    [
        MetricMathQuery.Metric("errors", Errors, "Sum", periodMinutes),
        MetricMathQuery.Metric("calls", Calls, "Sum", periodMinutes),
        MetricMathQuery.Math("rate", MathParser.Parse("100 * errors / calls")),
        .. extra,
    ]);

    [Theory]
    [InlineData(1, 11, 25)]
    [InlineData(1, 12, 50)]
    [InlineData(2, 12, 37.5)]
    public void A_statistic_covers_the_period_that_ends_at_the_evaluated_minute(int period, long end, double expected) =>
        Assert.Equal(expected, Rate(period).ValueAt("rate", end));

    [Fact]
    public void A_period_without_data_is_a_missing_datapoint() =>
        Assert.Null(Rate(1).ValueAt("rate", 13));

    [Fact]
    public void An_expression_that_names_an_undefined_query_is_an_error_naming_it()
    {
        var e = Assert.Throws<ArgumentException>(() => Rate(1, MetricMathQuery.Math("bad", MathParser.Parse("rate + missing"))).ValueAt("bad", 11));
        Assert.Contains("'missing'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expression_that_depends_on_itself_is_an_error_not_a_stack_overflow()
    {
        var e = Assert.Throws<ArgumentException>(() => Rate(1,
            MetricMathQuery.Math("a", MathParser.Parse("b + 1")), MetricMathQuery.Math("b", MathParser.Parse("a * 2"))).ValueAt("a", 11));
        Assert.Contains("refers to itself", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_anomaly_band_is_the_threshold_not_a_datapoint()
    {
        var values = Rate(1, MetricMathQuery.Math("band", MathParser.Parse("ANOMALY_DETECTION_BAND(calls, 2)")));

        Assert.Null(values.ValueAt("band", 12));
        // Two periods of history are fewer than the band needs.
        Assert.Null(values.BandUpper("band", 12, 1));
    }

    [Fact]
    public void The_band_is_mean_plus_width_standard_deviations_of_the_previous_periods()
    {
        var series = new MetricSeriesSet();
        var key = new SeriesKey("LlmWatch", "InputTokens", "");
        double[] history = [80, 120, 80, 120, 80, 120, 80, 120];
        for (var m = 0; m < history.Length; m++)
            series.Add(key, m, history[m], keepValue: false);
        var values = new MetricMathEvaluator(series,
        [
            MetricMathQuery.Metric("tokens", key, "Sum", 1),
            MetricMathQuery.Math("band", MathParser.Parse("ANOMALY_DETECTION_BAND(tokens, 2)")),
        ]);

        // Periods ending at minutes 1..8 hold the eight values: mean 100, population standard deviation 20.
        Assert.Equal(140, values.BandUpper("band", 9, 1)!.Value, 9);
    }
}
