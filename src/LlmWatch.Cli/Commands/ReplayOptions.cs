using LlmWatch.Core.Replay;

namespace LlmWatch.Cli.Commands;

/// <summary>What <c>llmwatch replay</c> was asked to do.</summary>
internal sealed record ReplayOptions(string[] Paths, ReplayGrouping Grouping, bool Json, FileInfo? EmfOut, string Namespace);
