namespace LlmWatch.Core.Metrics.Schema;

/// <summary>The units CloudWatch's embedded metric format accepts (<see cref="EmfUnits.Name"/> gives the wire text).</summary>
public enum EmfUnit
{
    None,
    Count,
    Percent,
    Seconds,
    Milliseconds,
    Microseconds,
    Bytes,
    Kilobytes,
    Megabytes,
    Gigabytes,
    Terabytes,
    Bits,
    Kilobits,
    Megabits,
    Gigabits,
    Terabits,
    BytesPerSecond,
    KilobytesPerSecond,
    MegabytesPerSecond,
    GigabytesPerSecond,
    TerabytesPerSecond,
    BitsPerSecond,
    KilobitsPerSecond,
    MegabitsPerSecond,
    GigabitsPerSecond,
    TerabitsPerSecond,
    CountPerSecond,
}
