using System.Text;
using System.Text.Json;

namespace LlmWatch.Core.Judge;

/// <summary>Provider body shapes → plain text. Unknown shapes give an empty string, never an exception.</summary>
internal static class ProviderText
{
    /// <summary>The request as "role: text" turns (system first), for Converse, Anthropic, Nova, Llama and Titan bodies.</summary>
    public static string Prompt(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            return "";
        var builder = new StringBuilder();
        if (body.TryGetProperty("system", out var system))
            JudgeTextExtractor.AppendPart(builder, "system", Blocks(system));
        if (body.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array)
        {
            foreach (var message in messages.EnumerateArray())
            {
                if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("content", out var content))
                    continue;
                var role = message.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "user";
                JudgeTextExtractor.AppendPart(builder, role, Blocks(content));
            }
        }
        JudgeTextExtractor.AppendPart(builder, "", StringProperty(body, "prompt"));     // Meta Llama (and other completion models)
        JudgeTextExtractor.AppendPart(builder, "", StringProperty(body, "inputText"));  // Amazon Titan text
        return builder.ToString();
    }

    /// <summary>The model's answer: Converse/Nova message, Anthropic content, Llama generation, Titan results, or stream chunks.</summary>
    public static string Response(JsonElement body)
    {
        var builder = new StringBuilder();
        if (body.ValueKind == JsonValueKind.Array)
        {
            foreach (var chunk in body.EnumerateArray())
                builder.Append(ChunkText(chunk));
            return builder.ToString();
        }
        if (body.ValueKind != JsonValueKind.Object)
            return "";
        if (body.TryGetProperty("output", out var output) && output.ValueKind == JsonValueKind.Object
            && output.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object
            && message.TryGetProperty("content", out var converseContent))
            builder.Append(Blocks(converseContent));                                    // Converse, ConverseStream, Nova
        if (body.TryGetProperty("content", out var anthropicContent))
            builder.Append(Blocks(anthropicContent));                                   // Anthropic messages
        builder.Append(StringProperty(body, "generation"));                             // Meta Llama
        builder.Append(StringProperty(body, "completion"));                             // Anthropic text completions (Claude 2)
        if (body.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array)
        {
            foreach (var result in results.EnumerateArray())
                builder.Append(StringProperty(result, "outputText"));                   // Amazon Titan text
        }
        return builder.ToString();
    }

    /// <summary>Text of one streamed chunk: Anthropic text deltas, Titan/Llama chunk text, Converse stream deltas.</summary>
    private static string ChunkText(JsonElement chunk)
    {
        if (chunk.ValueKind != JsonValueKind.Object)
            return "";
        if (chunk.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String)
        {
            return type.ValueEquals("content_block_delta") && chunk.TryGetProperty("delta", out var delta)
                ? StringProperty(delta, "text")
                : "";
        }
        if (chunk.TryGetProperty("contentBlockDelta", out var blockDelta) && blockDelta.ValueKind == JsonValueKind.Object
            && blockDelta.TryGetProperty("delta", out var converseDelta))
            return StringProperty(converseDelta, "text");                               // array form of ConverseStream (unconfirmed in logs)
        return StringProperty(chunk, "outputText") + StringProperty(chunk, "generation");
    }

    /// <summary>A string, or an array of blocks whose <c>text</c> members are joined (images, tool use and cache points are skipped).</summary>
    private static string Blocks(JsonElement content)
    {
        if (content.ValueKind == JsonValueKind.String)
            return content.GetString()!;
        if (content.ValueKind != JsonValueKind.Array)
            return "";
        var builder = new StringBuilder();
        foreach (var block in content.EnumerateArray())
        {
            var text = block.ValueKind == JsonValueKind.String ? block.GetString()! : StringProperty(block, "text");
            if (text.Length == 0)
                continue;
            if (builder.Length > 0)
                builder.Append('\n');
            builder.Append(text);
        }
        return builder.ToString();
    }

    private static string StringProperty(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : "";
}
