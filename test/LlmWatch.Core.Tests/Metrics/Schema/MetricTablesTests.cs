using LlmWatch.Core.Metrics.Schema;
using LlmWatch.TestKit;

namespace LlmWatch.Core.Tests.Metrics.Schema;

public class MetricTablesTests
{
    private const string Skeleton = "intro\n<!-- metrics LlmWatch -->\nold\n<!-- /metrics -->\nmiddle\n<!-- metrics LlmWatch/Quality -->\n<!-- /metrics -->\n" +
        "<!-- metrics AWS -->\n<!-- /metrics -->\nend\n";

    [Fact]
    public void Each_section_gets_one_row_per_metric_of_its_namespace_and_the_text_around_it_stays()
    {
        var text = MetricTables.Splice(Skeleton);

        Assert.StartsWith("intro\n<!-- metrics LlmWatch -->\n| metric | unit | meaning |\n|---|---|---|\n| `Invocations` | Count |", text, StringComparison.Ordinal);
        Assert.DoesNotContain("old", text, StringComparison.Ordinal);
        Assert.Contains("|\n<!-- /metrics -->\nmiddle\n", text, StringComparison.Ordinal);
        Assert.EndsWith("<!-- /metrics -->\nend\n", text, StringComparison.Ordinal);
        Assert.Contains("| `LatencyMs` | Milliseconds |", text, StringComparison.Ordinal);
        Assert.Contains("| `AWS/SQS` | `ApproximateNumberOfMessagesVisible` | Count | gauge |", text, StringComparison.Ordinal);
        foreach (var metric in MetricSchema.All)
            Assert.Contains($"`{metric.Name}`", text, StringComparison.Ordinal);
        Assert.Equal(text, MetricTables.Splice(text));
    }

    [Fact]
    public void Metrics_with_the_same_unit_and_meaning_share_a_row()
    {
        var text = MetricTables.Splice(Skeleton);

        Assert.Contains("| `JudgeInputTokens`, `JudgeOutputTokens` | Count | judge tokens spent on this model's samples |", text, StringComparison.Ordinal);
        Assert.Contains("| `JudgeParseFailures`, `JudgeRefusals` | Count |", text, StringComparison.Ordinal);
        Assert.Contains("| `JudgeDropped` | Count |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_section_is_named()
    {
        var e = Assert.Throws<FormatException>(() => MetricTables.Splice("<!-- metrics LlmWatch -->\n<!-- /metrics -->\n<!-- metrics AWS -->\n"));
        Assert.Contains("LlmWatch/Quality", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repository_readme_holds_the_tables_the_schema_writes() =>
        Assert.True(MetricTables.Splice(File.ReadAllText(RepoFiles.Path("README.md"))) == File.ReadAllText(RepoFiles.Path("README.md")),
            "README's metric tables are out of date; run `make template-sync`");
}
