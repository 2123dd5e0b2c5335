using System.Net.Http.Headers;
using System.Text;
using LlmWatch.Aws.Errors;
using LlmWatch.Aws.Transport;

namespace LlmWatch.Aws.Sns;

/// <summary>SNS <c>Publish</c> over the query protocol (stands in for AWSSDK.SimpleNotificationService).</summary>
internal sealed class SnsClient
{
    private static readonly MediaTypeHeaderValue FormType =
        MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded; charset=utf-8");

    private readonly AwsTransport _transport;

    public SnsClient(AwsTransport transport) => _transport = transport;

    /// <summary>
    /// Publishes <paramref name="message"/> to a topic and returns the SNS message id. With
    /// <paramref name="messageStructureJson"/>, <paramref name="message"/> must be a JSON object of per-protocol
    /// bodies with a string <c>default</c> key.
    /// </summary>
    public async Task<string> PublishAsync(string topicArn, string message, string? subject,
        bool messageStructureJson, IReadOnlyList<SnsMessageAttribute>? attributes, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(topicArn);
        ArgumentNullException.ThrowIfNull(message);
        var body = Encoding.UTF8.GetBytes(
            SnsPublishForm.Build(topicArn, message, subject, messageStructureJson, attributes));
        var response = await _transport.SendAsync(() => Post(body), cancellationToken);
        return SnsXml.FirstElement(response, "MessageId")
            ?? throw new AwsServiceException(_transport.Service, "MalformedResponse",
                "Publish response has no MessageId", 200, isRetryable: false);
    }

    private HttpRequestMessage Post(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = FormType;
        return new HttpRequestMessage(HttpMethod.Post, _transport.BaseAddress) { Content = content };
    }
}
