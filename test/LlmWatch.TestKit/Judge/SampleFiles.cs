namespace LlmWatch.TestKit.Judge;

/// <summary>Finds test data copied next to the test assembly (from the repo, never from ../shared at run time).</summary>
public static class SampleFiles
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, relative);

    public static string[] Lines(string relative) =>
        File.ReadAllLines(PathOf(relative)).Where(l => l.Length > 0).ToArray();
}
