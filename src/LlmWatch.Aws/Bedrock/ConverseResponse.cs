using System.Text;

namespace LlmWatch.Aws.Bedrock;

/// <summary>A Converse 200 response.</summary>
internal sealed record ConverseResponse
{
    public ConverseOutput? Output { get; init; }

    /// <summary><c>end_turn</c>, <c>max_tokens</c>, <c>stop_sequence</c>, <c>guardrail_intervened</c>, <c>content_filtered</c>, …</summary>
    public string? StopReason { get; init; }

    public ConverseUsage? Usage { get; init; }

    public ConverseMetrics? Metrics { get; init; }

    /// <summary>The assistant's text: every text block concatenated, non-text blocks skipped.</summary>
    public string Text()
    {
        var blocks = Output?.Message?.Content ?? [];
        if (blocks.Count == 1)
        {
            return blocks[0].Text ?? "";
        }

        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            text.Append(block.Text);
        }

        return text.ToString();
    }
}
