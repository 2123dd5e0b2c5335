namespace LlmWatch.Core.Alarms;

/// <summary>Converts between <see cref="AlarmState"/> and its wire spelling (<c>OK</c>, <c>ALARM</c>, <c>INSUFFICIENT_DATA</c>).</summary>
public static class AlarmStates
{
    public static AlarmState Parse(string? value) => value switch
    {
        "OK" => AlarmState.Ok,
        "ALARM" => AlarmState.Alarm,
        "INSUFFICIENT_DATA" => AlarmState.InsufficientData,
        _ => AlarmState.Unknown,
    };

    public static string ToWire(AlarmState state) => state switch
    {
        AlarmState.Ok => "OK",
        AlarmState.Alarm => "ALARM",
        AlarmState.InsufficientData => "INSUFFICIENT_DATA",
        _ => "UNKNOWN",
    };
}
