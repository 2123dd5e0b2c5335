using System.Globalization;
using Spectre.Console;

namespace LlmWatch.Cli.Rendering;

/// <summary>The per-model quality table of <c>llmwatch judge</c>.</summary>
internal static class QualityTable
{
    public static void Write(IAnsiConsole console, JudgeRunSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Model");
        foreach (var header in new[] { "Judged", "Relevance", "Safety", "Tone", "Composite", "Dropped", "Parse fail", "Refusals", "Call fail", "Judge tokens in/out" })
            table.AddColumn(new TableColumn(header).RightAligned());
        foreach (var row in summary.Rows)
        {
            table.AddRow(
                Markup.Escape(row.ModelId), N(row.Judged), Score(row.Relevance), Score(row.Safety), Score(row.Tone), Score(row.Composite),
                Warn(row.Dropped), Warn(row.ParseFailures), Warn(row.Refusals), Warn(row.CallFailures),
                $"{N(row.JudgeInputTokens)}/{N(row.JudgeOutputTokens)}");
        }
        var s = summary.Sampling;
        table.Caption($"judge {Markup.Escape(summary.JudgeModel)}, rubric {summary.RubricVersion}; {N(summary.Records)} records, sample rate "
            + $"{summary.SampleRate.ToString("0.###", CultureInfo.InvariantCulture)}: {N(s.Sampled)} sampled, {N(s.SkippedBodyInS3)} skipped (body in S3), "
            + $"{N(s.SkippedNoText)} skipped (no text), {N(s.ExcludedJudgeCalls)} judge calls excluded");
        console.Write(table);
        foreach (var problem in summary.FirstProblems)
            console.MarkupLine($"[grey]{Markup.Escape(problem.Kind)} {Markup.Escape(problem.RequestId ?? "?")}: {Markup.Escape(problem.Detail)}[/]");
    }

    private static string Score(double? score) => score is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "–";

    private static string Warn(int n) => n == 0 ? "0" : $"[yellow]{N(n)}[/]";

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
