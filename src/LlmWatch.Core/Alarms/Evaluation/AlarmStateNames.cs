namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>The API spelling of <see cref="AlarmState"/>.</summary>
public static class AlarmStateNames
{
    public static string Of(AlarmState state) => state switch
    {
        AlarmState.Ok => "OK",
        AlarmState.Alarm => "ALARM",
        _ => "INSUFFICIENT_DATA",
    };
}
