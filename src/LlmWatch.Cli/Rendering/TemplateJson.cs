using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LlmWatch.Cli.Rendering;

/// <summary>
/// Writes a template in the repository's hand-kept style: two-space indentation, short intrinsic functions and scalar
/// lists on one line. <see cref="Splice"/> keeps the original text of every entry that did not change, so a sync only
/// shows (and merges) what it really changed.
/// </summary>
internal static class TemplateJson
{
    private const int InlineWidth = 110;
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(JsonNode node)
    {
        var sb = new StringBuilder();
        Write(sb, node, 0);
        return sb.Append('\n').ToString();
    }

    /// <summary>Writes <paramref name="updated"/>, reusing <paramref name="originalText"/> for unchanged entries (two levels deep).</summary>
    public static string Splice(string originalText, JsonObject updated)
    {
        var original = JsonNode.Parse(originalText) as JsonObject;
        var slices = Slices(originalText);
        var sb = new StringBuilder("{\n");
        var first = true;
        foreach (var (key, value) in updated)
        {
            if (!first) sb.Append(",\n");
            first = false;
            sb.Append("  ").Append(Quote(key)).Append(": ");
            JsonNode? before = null;
            var had = original is not null && original.TryGetPropertyValue(key, out before);
            if (had && slices.TryGetValue(key, out var slice) && JsonNode.DeepEquals(before, value))
            {
                sb.Append(slice);
            }
            else if (value is JsonObject section && before is JsonObject)
            {
                sb.Append("{\n");
                var firstEntry = true;
                foreach (var (entryKey, entry) in section)
                {
                    if (!firstEntry) sb.Append(",\n");
                    firstEntry = false;
                    sb.Append("    ").Append(Quote(entryKey)).Append(": ");
                    if (((JsonObject)before).TryGetPropertyValue(entryKey, out var entryBefore)
                        && slices.TryGetValue($"{key}\u0000{entryKey}", out var entrySlice) && JsonNode.DeepEquals(entryBefore, entry))
                    {
                        sb.Append(entrySlice);
                    }
                    else
                    {
                        Write(sb, entry, 2);
                    }
                }
                sb.Append("\n  }");
            }
            else
            {
                Write(sb, value, 1);
            }
        }
        return sb.Append("\n}\n").ToString();
    }

    private static void Write(StringBuilder sb, JsonNode? node, int depth)
    {
        var inline = Inline(node);
        if (inline is not null && inline.Length + depth * 2 <= InlineWidth)
        {
            sb.Append(inline);
            return;
        }
        var pad = new string(' ', (depth + 1) * 2);
        var close = new string(' ', depth * 2);
        if (node is JsonObject obj)
        {
            sb.Append("{\n");
            var i = 0;
            foreach (var (key, value) in obj)
            {
                sb.Append(pad).Append(Quote(key)).Append(": ");
                Write(sb, value, depth + 1);
                sb.Append(++i < obj.Count ? ",\n" : "\n");
            }
            sb.Append(close).Append('}');
        }
        else if (node is JsonArray array)
        {
            sb.Append("[\n");
            for (var i = 0; i < array.Count; i++)
            {
                sb.Append(pad);
                Write(sb, array[i], depth + 1);
                sb.Append(i + 1 < array.Count ? ",\n" : "\n");
            }
            sb.Append(close).Append(']');
        }
        else
        {
            sb.Append(node is null ? "null" : node.ToJsonString(Compact));
        }
    }

    /// <summary>One-line form for scalars, lists of short items and single-key intrinsic functions; null otherwise.</summary>
    private static string? Inline(JsonNode? node)
    {
        switch (node)
        {
            case null: return "null";
            case JsonValue v: return v.ToJsonString(Compact);
            case JsonArray a:
                if (a.Count == 0) return "[]";
                var items = a.Select(Inline).ToList();
                return items.Any(i => i is null) || a.Any(i => i is JsonArray) ? null : $"[{string.Join(", ", items)}]";
            case JsonObject o when o.Count == 1:
                var (key, value) = o.First();
                if (!(key == "Ref" || key.StartsWith("Fn::", StringComparison.Ordinal))) return null;
                var inner = value is JsonArray arr && arr.Any(x => x is JsonObject) ? null : Inline(value);
                return inner is null ? null : $"{{ {Quote(key)}: {inner} }}";
            default: return null;
        }
    }

    private static string Quote(string key) => JsonValue.Create(key).ToJsonString(Compact);

    /// <summary>Original text of each top-level value, and of each entry of top-level objects (key "section\0entry").</summary>
    private static Dictionary<string, string> Slices(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var slices = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return slices;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var entry = reader.GetString()!;
                    reader.Read();
                    var entryStart = (int)reader.TokenStartIndex;
                    reader.Skip();
                    slices[$"{key}\u0000{entry}"] = Encoding.UTF8.GetString(bytes, entryStart, (int)reader.BytesConsumed - entryStart);
                }
            }
            else
            {
                reader.Skip();
            }
            slices[key] = Encoding.UTF8.GetString(bytes, start, (int)reader.BytesConsumed - start);
        }
        return slices;
    }
}
