using LlmWatch.Core.Alarms.Evaluation;

namespace LlmWatch.Core.Tests.Alarms;

public class StatisticsTests
{
    private static MinuteAggregate Minute(params double[] values)
    {
        var m = new MinuteAggregate();
        foreach (var v in values) m.Add(v, keepValue: true);
        return m;
    }

    [Theory]
    [InlineData("p50", 50)]
    [InlineData("p95", 95)]
    [InlineData("p99", 99)]
    [InlineData("p100", 100)]
    [InlineData("Sum", 5050)]
    [InlineData("Average", 50.5)]
    [InlineData("SampleCount", 100)]
    [InlineData("Minimum", 1)]
    [InlineData("Maximum", 100)]
    public void Statistics_over_a_period_span_its_minutes(string stat, double expected)
    {
        // 1..100 split over two minutes of the period.
        var minutes = new[] { Minute([.. Enumerable.Range(1, 40).Select(i => (double)i)]), Minute([.. Enumerable.Range(41, 60).Select(i => (double)i)]) };
        Assert.Equal(expected, Statistics.Compute(stat, minutes));
    }

    [Fact]
    public void Nearest_rank_picks_an_observed_value() =>
        Assert.Equal(30, Statistics.NearestRank([10, 30, 20], 95));   // rank ceil(0.95 x 3) = 3

    [Fact]
    public void A_period_without_data_has_no_datapoint() =>
        Assert.Null(Statistics.Compute("p95", []));
}
