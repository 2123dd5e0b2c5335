using System.Text;
using LlmWatch.Core.OnCall.Schedules;
using LlmWatch.TestKit;

namespace LlmWatch.Core.Tests.OnCall.Schedules;

/// <summary>Schedules for the tests: the sample file in events/, and small inline ones.</summary>
internal static class Schedules
{
    public static Schedule Sample() => Valid(File.ReadAllBytes(RepoFiles.Event("oncall-schedule.json")));

    public static Schedule Valid(string json) => Valid(Encoding.UTF8.GetBytes(json));

    public static ScheduleLoad Load(string json) => ScheduleReader.Read(Encoding.UTF8.GetBytes(json));

    public static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static Schedule Valid(byte[] json)
    {
        var load = ScheduleReader.Read(json);
        Assert.True(load.IsValid, string.Join("\n", load.Errors));
        return load.Schedule!;
    }
}
