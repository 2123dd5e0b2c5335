using LlmWatch.Core.OnCall.Schedules;

namespace LlmWatch.Core.Tests.OnCall.Schedules;

public class ShiftLengthTests
{
    [Theory]
    [InlineData("P1W", 7 * 24)]
    [InlineData("P1D", 24)]
    [InlineData("PT12H", 12)]
    [InlineData("P1DT12H", 36)]
    [InlineData("P2W3D", 17 * 24)]
    [InlineData("pt90m", 1.5)]
    [InlineData("PT1H30M", 1.5)]
    public void Parses_weeks_days_and_times(string text, double hours)
    {
        Assert.True(ShiftLength.TryParse(text, out var length, out var problem), problem);
        Assert.Equal(TimeSpan.FromHours(hours), length.Local);
    }

    [Theory]
    [InlineData("P1M", "years and months")]
    [InlineData("P1Y", "years and months")]
    [InlineData("1W", "not an ISO-8601 duration")]
    [InlineData("P", "not an ISO-8601 duration")]
    [InlineData("PT", "not an ISO-8601 duration")]
    [InlineData("P1H", "not an ISO-8601 duration")]
    [InlineData("PT12D", "not an ISO-8601 duration")]
    [InlineData("P1D1W", "not an ISO-8601 duration")]
    [InlineData("PT30M", "shorter than one hour")]
    [InlineData("P0D", "shorter than one hour")]
    [InlineData("P53W", "longer than a year")]
    public void Refuses_what_is_not_a_rotation_length(string text, string expected)
    {
        Assert.False(ShiftLength.TryParse(text, out _, out var problem));
        Assert.Contains(expected, problem);
    }

    [Theory]
    [InlineData("P1W", "P1W")]
    [InlineData("PT24H", "P1D")]
    [InlineData("P1DT12H", "P1DT12H")]
    [InlineData("PT168H", "P1W")]
    public void Prints_the_canonical_form(string text, string canonical)
    {
        Assert.True(ShiftLength.TryParse(text, out var length, out _));
        Assert.Equal(canonical, length.ToString());
    }
}
