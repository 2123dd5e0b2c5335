using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Amazon.Runtime;
using LlmWatch.Aws.Configuration;
using LlmWatch.Aws.Signing;
using LlmWatch.Aws.Transport;
using LlmWatch.TestKit.Aws;
using Polly;

namespace LlmWatch.Aws.Tests.Moto;

/// <summary>Signed clients for the test's moto_server, plus raw signed calls used to set up resources.</summary>
internal sealed class MotoAws : IDisposable
{
    public MotoAws(MotoServer moto, string? secretKeyOverride = null)
    {
        Moto = moto;
        Settings = new AwsSettings(moto.Region, moto.Endpoint);
        Credentials = new BasicAWSCredentials(moto.AccessKeyId, secretKeyOverride ?? moto.SecretAccessKey);
        Http = new SignedHttpClientFactory(Settings, Credentials);
        Sdk = new AwsSdkClientFactory(Settings, Credentials);
    }

    public MotoServer Moto { get; }

    public AwsSettings Settings { get; }

    public AWSCredentials Credentials { get; }

    public SignedHttpClientFactory Http { get; }

    public AwsSdkClientFactory Sdk { get; }

    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 64)];

    public AwsTransport Transport(AwsService service) => new(Http.Create(service), service.Name, ResiliencePipeline.Empty);

    /// <summary>A signed query-protocol call; returns the XML response (throws on non-2xx).</summary>
    public async Task<XDocument> QueryAsync(AwsService service, string version, params (string Name, string Value)[] parameters)
    {
        var form = string.Join('&', parameters.Append(("Version", version))
            .Select(p => Uri.EscapeDataString(p.Item1) + "=" + Uri.EscapeDataString(p.Item2)));
        var body = await Transport(service).SendAsync(() =>
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(form));
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded; charset=utf-8");
            return new HttpRequestMessage(HttpMethod.Post, Settings.ServiceUrl) { Content = content };
        }, TestContext.Current.CancellationToken);
        return XDocument.Parse(Encoding.UTF8.GetString(body));
    }

    /// <summary>A signed JSON-protocol call (X-Amz-Target); returns the response body.</summary>
    public async Task<string> JsonAsync(AwsService service, string target, string jsonVersion, string json)
    {
        var body = await Transport(service).SendAsync(() =>
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
            content.Headers.ContentType = new MediaTypeHeaderValue($"application/x-amz-json-{jsonVersion}");
            var request = new HttpRequestMessage(HttpMethod.Post, Settings.ServiceUrl) { Content = content };
            request.Headers.Add("X-Amz-Target", target);
            return request;
        }, TestContext.Current.CancellationToken);
        return Encoding.UTF8.GetString(body);
    }

    public void Dispose() => Http.Dispose();
}
