using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LlmWatch.Aws.Errors;
using LlmWatch.Aws.Transport;

namespace LlmWatch.Aws.Secrets;

/// <summary>Secrets Manager <c>GetSecretValue</c> over JSON 1.1 (the SDK package is not on the feed); used once at cold start.</summary>
internal sealed class SecretsManagerClient(AwsTransport transport)
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/x-amz-json-1.1");

    /// <summary>The <c>SecretString</c> of a secret (ARN or name).</summary>
    public async Task<string> GetSecretStringAsync(string secretId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(secretId);
        var body = Request(secretId);
        var response = await transport.SendAsync(() =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = JsonType;
            var message = new HttpRequestMessage(HttpMethod.Post, transport.BaseAddress) { Content = content };
            message.Headers.Add("X-Amz-Target", "secretsmanager.GetSecretValue");
            return message;
        }, cancellationToken);
        using var doc = JsonDocument.Parse(response);
        return doc.RootElement.TryGetProperty("SecretString", out var s) && s.ValueKind == JsonValueKind.String
            ? s.GetString()!
            : throw new AwsServiceException(transport.Service, "MalformedResponse", "GetSecretValue returned no SecretString", 200, isRetryable: false);
    }

    private static byte[] Request(string secretId)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("SecretId", secretId);
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
