namespace LlmWatch.Core.Tests.Pricing;

/// <summary>Finds a file checked into the repository (e.g. under events/) from the test's output folder.</summary>
internal static class PricingTestFiles
{
    public static string Find(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException($"{relativePath} not found above {AppContext.BaseDirectory}");
    }
}
