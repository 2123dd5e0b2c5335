namespace LlmWatch.Core.Metrics.Schema;

/// <summary>Wire names of <see cref="EmfUnit"/>, as the EMF specification spells them ("Bytes/Second").</summary>
public static class EmfUnits
{
    public static string Name(EmfUnit unit) => unit switch
    {
        EmfUnit.BytesPerSecond => "Bytes/Second",
        EmfUnit.KilobytesPerSecond => "Kilobytes/Second",
        EmfUnit.MegabytesPerSecond => "Megabytes/Second",
        EmfUnit.GigabytesPerSecond => "Gigabytes/Second",
        EmfUnit.TerabytesPerSecond => "Terabytes/Second",
        EmfUnit.BitsPerSecond => "Bits/Second",
        EmfUnit.KilobitsPerSecond => "Kilobits/Second",
        EmfUnit.MegabitsPerSecond => "Megabits/Second",
        EmfUnit.GigabitsPerSecond => "Gigabits/Second",
        EmfUnit.TerabitsPerSecond => "Terabits/Second",
        EmfUnit.CountPerSecond => "Count/Second",
        _ => unit.ToString(),
    };
}
