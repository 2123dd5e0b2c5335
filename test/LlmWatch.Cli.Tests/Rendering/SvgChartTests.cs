using LlmWatch.Cli.Rendering;

namespace LlmWatch.Cli.Tests.Rendering;

public class SvgChartTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 4)]
    [InlineData(4905, 6000)]
    [InlineData(1.26, 2)]
    [InlineData(0.0216, 0.04)]
    [InlineData(9.9, 12)]
    [InlineData(1, 1.2)]
    public void The_y_axis_ends_at_a_round_number_above_the_largest_value(double top, double expected)
    {
        Assert.Equal(expected, SvgChart.AxisMax(top), 9);
    }

    [Fact]
    public void A_chart_of_zeros_still_has_a_readable_axis()
    {
        var svg = SvgChart.Render("Errors", [DateTimeOffset.UnixEpoch], [new SvgChart.Series("errors", "#c00", [0.0], Bars: true)], "per 1 min");

        Assert.Contains("data-max=\"1\"", svg, StringComparison.Ordinal);
        Assert.Contains(">0.5<", svg, StringComparison.Ordinal);
    }
}
