using LlmWatch.Core.Alarms;
using LlmWatch.Core.Alarms.Definitions;
using LlmWatch.Core.Alarms.Evaluation;

namespace LlmWatch.Core.Tests.Alarms;

public class MissingDataRuleTests
{
    private static AlarmState Decide(string points, int m, MissingDataTreatment treatment, AlarmState current = AlarmState.Ok) =>
        MissingDataRule.Decide([.. points.Select(c => c switch { 'X' => true, '0' => false, _ => (bool?)null })], m, treatment, current);

    [Theory]
    [InlineData("XX0XX", 3, AlarmState.Alarm)]    // 4 of 5 breaching
    [InlineData("X0X00", 3, AlarmState.Ok)]       // 2 of 5
    [InlineData("00XXX", 3, AlarmState.Alarm)]    // exactly M
    [InlineData("X0X0X", 3, AlarmState.Alarm)]    // M of N need not be consecutive
    public void M_of_n_counts_breaching_datapoints_anywhere_in_the_window(string points, int m, AlarmState expected) =>
        Assert.Equal(expected, Decide(points, m, MissingDataTreatment.Missing));

    [Theory]
    [InlineData(MissingDataTreatment.Missing, AlarmState.Ok)]           // missing left out: 2 breaching of 3 present < 3
    [InlineData(MissingDataTreatment.Ignore, AlarmState.Ok)]
    [InlineData(MissingDataTreatment.NotBreaching, AlarmState.Ok)]
    [InlineData(MissingDataTreatment.Breaching, AlarmState.Alarm)]      // the two gaps count as breaching: 4 of 5
    public void Gaps_follow_treat_missing_data(MissingDataTreatment treatment, AlarmState expected) =>
        Assert.Equal(expected, Decide("X-X-0", 3, treatment));

    [Theory]
    [InlineData(MissingDataTreatment.Missing, AlarmState.Alarm, AlarmState.InsufficientData)]
    [InlineData(MissingDataTreatment.Ignore, AlarmState.Alarm, AlarmState.Alarm)]          // keeps the current state
    [InlineData(MissingDataTreatment.Ignore, AlarmState.Ok, AlarmState.Ok)]
    [InlineData(MissingDataTreatment.NotBreaching, AlarmState.Alarm, AlarmState.Ok)]
    [InlineData(MissingDataTreatment.Breaching, AlarmState.Ok, AlarmState.Alarm)]
    public void All_missing_depends_on_treatment(MissingDataTreatment treatment, AlarmState current, AlarmState expected) =>
        Assert.Equal(expected, Decide("-----", 3, treatment, current));
}
