using System.Text.Encodings.Web;
using System.Text.Json;

namespace LlmWatch.Core.Judge;

/// <summary>Encodes and decodes judge samples as SQS message bodies.</summary>
public static class JudgeSampleCodec
{
    // Relaxed escaping keeps non-ASCII text at its UTF-8 size instead of six bytes per \uXXXX escape,
    // which matters against the SQS 256 KB message limit. The body is never embedded in HTML.
    private static readonly JudgeSampleJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Encode(JudgeSample sample) => JsonSerializer.Serialize(sample, Context.JudgeSample);

    /// <summary>Decodes a message body; null (never an exception) when it is not a valid sample.</summary>
    public static JudgeSample? TryDecode(string body)
    {
        try
        {
            var sample = JsonSerializer.Deserialize(body, Context.JudgeSample);
            return sample is { RequestId: not null, ModelId: not null, Caller: not null, Prompt: not null, Response: not null }
                ? sample
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
