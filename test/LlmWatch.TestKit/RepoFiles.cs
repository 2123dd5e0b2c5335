namespace LlmWatch.TestKit;

/// <summary>Finds files in the repository (events/, serverless.template) from a test's working directory.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Event(string name) => Path("events", name);

    public static byte[] ReadEvent(string name) => File.ReadAllBytes(Event(name));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Functions.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("repository root (Functions.sln) not found above " + AppContext.BaseDirectory);
    }
}
