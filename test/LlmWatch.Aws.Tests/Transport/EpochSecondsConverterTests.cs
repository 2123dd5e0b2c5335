using System.Text.Json;
using LlmWatch.Aws.CloudWatch;

namespace LlmWatch.Aws.Tests.Transport;

public class EpochSecondsConverterTests
{
    [Theory]
    [InlineData(1735689600000L, "1735689600")]
    [InlineData(1735689600250L, "1735689600.25")]
    public void Writes_epoch_seconds_as_numbers(long unixMs, string expected)
    {
        var request = new GetMetricDataRequest
        {
            StartTime = DateTimeOffset.FromUnixTimeMilliseconds(unixMs),
            EndTime = DateTimeOffset.FromUnixTimeMilliseconds(unixMs),
        };

        var json = JsonSerializer.Serialize(request, CloudWatchJsonContext.Default.GetMetricDataRequest);

        Assert.Contains($"\"StartTime\":{expected},", json);
    }

    [Theory]
    [InlineData("1735689600", 1735689600000L)]
    [InlineData("1795422700.58", 1795422700580L)]
    [InlineData("\"2025-01-01T00:00:00Z\"", 1735689600000L)]
    public void Reads_numbers_and_iso_strings(string value, long unixMs)
    {
        var alarm = JsonSerializer.Deserialize($$"""{"MetricAlarms":[{"AlarmName":"a","StateUpdatedTimestamp":{{value}}}]}""",
            CloudWatchJsonContext.Default.DescribeAlarmsResponse)!;

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(unixMs), alarm.MetricAlarms![0].StateUpdatedTimestamp);
    }
}
