using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LlmWatch.Cli.Rendering;

/// <summary>Writes a template the way it is kept in the repository: two-space indentation, readable characters, final newline.</summary>
internal static class TemplateJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(JsonNode node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            node.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
