using System.Text;
using System.Text.Json;

namespace LlmWatch.Core.Judge;

/// <summary>
/// Takes prompt and response text out of a raw Bedrock invocation record, for every provider body shape the
/// reference lists (Converse, Anthropic messages, Meta Llama, Amazon Nova, Titan, and streamed chunk arrays).
/// Runs only on sampled records, so a DOM is fine here.
/// </summary>
public sealed class JudgeTextExtractor(int maxChars)
{
    public int MaxChars { get; } = maxChars > 0 ? maxChars : throw new ArgumentOutOfRangeException(nameof(maxChars));

    public ExtractionStatus TryExtract(ReadOnlySpan<byte> rawRecordJson, out ExtractedText? text)
    {
        text = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(rawRecordJson.ToArray());
        }
        catch (JsonException)
        {
            return ExtractionStatus.Malformed;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return ExtractionStatus.Malformed;
            root.TryGetProperty("input", out var input);
            root.TryGetProperty("output", out var output);
            if (HasString(input, "inputBodyS3Path") || HasString(output, "outputBodyS3Path"))
                return ExtractionStatus.BodyInS3;
            if (!TryGetObjectProperty(input, "inputBodyJson", out var inBody) || !TryGetObjectProperty(output, "outputBodyJson", out var outBody))
                return ExtractionStatus.NoText;

            var prompt = ProviderText.Prompt(inBody);
            var response = ProviderText.Response(outBody);
            if (string.IsNullOrWhiteSpace(prompt) || string.IsNullOrWhiteSpace(response))
                return ExtractionStatus.NoText;

            text = new ExtractedText(
                TextTruncation.KeepTail(prompt, MaxChars, out var promptCut),
                TextTruncation.KeepHead(response, MaxChars, out var responseCut),
                promptCut,
                responseCut);
            return ExtractionStatus.Extracted;
        }
    }

    private static bool HasString(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0;

    private static bool TryGetObjectProperty(JsonElement parent, string name, out JsonElement value)
    {
        value = default;
        return parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out value)
            && value.ValueKind is JsonValueKind.Object or JsonValueKind.Array;
    }

    internal static void AppendPart(StringBuilder builder, string label, string? part)
    {
        if (string.IsNullOrWhiteSpace(part))
            return;
        if (builder.Length > 0)
            builder.Append("\n\n");
        if (label.Length > 0)
            builder.Append(label).Append(": ");
        builder.Append(part);
    }
}
