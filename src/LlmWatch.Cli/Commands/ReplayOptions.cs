using LlmWatch.Core.Replay;

namespace LlmWatch.Cli.Commands;

/// <summary>What <c>llmwatch replay</c> was asked to do.</summary>
internal sealed record ReplayOptions(string[] Paths, ReplayGrouping Grouping, bool Json, FileInfo? EmfOut, string Namespace)
{
    /// <summary>Price override file (<c>--prices</c>), applied over the embedded table.</summary>
    public FileInfo? Prices { get; init; }
}
