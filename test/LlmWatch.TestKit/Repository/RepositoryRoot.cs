namespace LlmWatch.TestKit.Repository;

/// <summary>Finds files of the repository from a test's output folder (the folder holding Functions.sln).</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>Absolute path of <paramref name="relative"/> (forward slashes) under the repository root.</summary>
    public static string File(string relative) => System.IO.Path.Combine(Path, relative);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Functions.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No Functions.sln above {AppContext.BaseDirectory}.");
    }
}
