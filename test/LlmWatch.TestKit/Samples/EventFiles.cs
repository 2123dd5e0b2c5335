namespace LlmWatch.TestKit.Samples;

/// <summary>Finds files under the repository's <c>events/</c> folder from a test's output directory.</summary>
public static class EventFiles
{
    public static string PathOf(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "events", fileName);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException($"events/{fileName} not found above {AppContext.BaseDirectory}");
    }

    public static string ReadText(string fileName) => File.ReadAllText(PathOf(fileName));

    public static byte[] ReadBytes(string fileName) => File.ReadAllBytes(PathOf(fileName));
}
