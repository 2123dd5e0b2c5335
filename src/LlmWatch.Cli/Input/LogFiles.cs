namespace LlmWatch.Cli.Input;

/// <summary>Expands the paths given on the command line into the files to read, in a stable order.</summary>
internal static class LogFiles
{
    private static readonly string[] Extensions = [".jsonl", ".json", ".log", ".gz", ".txt"];

    public static IReadOnlyList<FileInfo> Expand(IEnumerable<string> paths)
    {
        var files = new List<FileInfo>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .Select(f => new FileInfo(f)));
            }
            else if (File.Exists(path))
            {
                files.Add(new FileInfo(path));
            }
            else
            {
                throw new LogSourceException($"{path}: no such file or directory");
            }
        }
        return files;
    }
}
