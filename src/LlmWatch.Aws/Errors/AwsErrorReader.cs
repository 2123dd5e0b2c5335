using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace LlmWatch.Aws.Errors;

/// <summary>
/// Extracts the error code and message from a failed AWS response, whatever the protocol: JSON (<c>__type</c>,
/// <c>code</c>, <c>message</c>), query/XML (<c>&lt;Code&gt;</c>, <c>&lt;Message&gt;</c>; moto answers some JSON
/// calls this way), or headers (<c>x-amzn-query-error</c>, <c>x-amzn-ErrorType</c>).
/// </summary>
internal static class AwsErrorReader
{
    public static (string Code, string Message) Read(int statusCode, HttpResponseHeaders headers, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var (bodyCode, message) = ReadBody(body);

        // awsQueryCompatible services (CloudWatch) put the legacy query code here: "Code;Sender"
        var code = HeaderCode(headers, "x-amzn-query-error", ';')
            ?? HeaderCode(headers, "x-amzn-ErrorType", ':')
            ?? bodyCode
            ?? $"Http{statusCode}";
        return (code, message ?? Snippet(body));
    }

    /// <summary>Normalizes shape ids such as <c>com.amazon.coral.service#ThrottlingException</c> or <c>aws.protocoltests#X:http://…</c>.</summary>
    public static string NormalizeCode(string raw)
    {
        var code = raw;
        var hash = code.LastIndexOf('#');
        if (hash >= 0)
        {
            code = code[(hash + 1)..];
        }

        var colon = code.IndexOf(':', StringComparison.Ordinal);
        return (colon >= 0 ? code[..colon] : code).Trim();
    }

    private static string? HeaderCode(HttpResponseHeaders headers, string name, char separator)
    {
        if (!headers.TryGetValues(name, out var values))
        {
            return null;
        }

        var value = values.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var cut = value.IndexOf(separator, StringComparison.Ordinal);
        return NormalizeCode(cut >= 0 ? value[..cut] : value);
    }

    private static (string? Code, string? Message) ReadBody(ReadOnlySpan<byte> body)
    {
        var trimmed = body.TrimStart(" \t\r\n"u8);
        if (trimmed.IsEmpty)
        {
            return (null, null);
        }

        try
        {
            return trimmed[0] switch
            {
                (byte)'{' => ReadJson(trimmed),
                (byte)'<' => ReadXml(trimmed),
                _ => (null, null),
            };
        }
        catch (Exception e) when (e is JsonException or XmlException)
        {
            return (null, null);
        }
    }

    private static (string? Code, string? Message) ReadJson(ReadOnlySpan<byte> json)
    {
        string? code = null;
        string? message = null;
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("__type");
            var isCode = reader.ValueTextEquals("code") || reader.ValueTextEquals("Code");
            var isMessage = reader.ValueTextEquals("message") || reader.ValueTextEquals("Message");
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                reader.Skip();
                continue;
            }

            if (isType || (isCode && code is null))
            {
                code = NormalizeCode(reader.GetString()!);
            }
            else if (isMessage)
            {
                message = reader.GetString();
            }
        }

        return (code, message);
    }

    private static (string? Code, string? Message) ReadXml(ReadOnlySpan<byte> xml)
    {
        string? code = null;
        string? message = null;
        using var stream = new MemoryStream(xml.ToArray());
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        reader.MoveToContent();
        while (!reader.EOF)
        {
            // ReadElementContentAsString already moves to the next node, so only Read() otherwise
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Code" && code is null)
            {
                code = reader.ReadElementContentAsString().Trim();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Message" && message is null)
            {
                message = reader.ReadElementContentAsString().Trim();
            }
            else
            {
                reader.Read();
            }
        }

        return (code, message);
    }

    private static string Snippet(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, 300)]).Trim();
        return text.Length == 0 ? "(empty body)" : text;
    }
}
