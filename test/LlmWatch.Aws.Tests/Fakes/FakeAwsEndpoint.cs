using Amazon.Runtime;
using LlmWatch.Aws.Configuration;
using LlmWatch.Aws.Signing;
using LlmWatch.Aws.Transport;
using LlmWatch.TestKit.Http;
using Polly;

namespace LlmWatch.Aws.Tests.Fakes;

/// <summary>A <see cref="LocalHttpServer"/> standing in for an AWS service, with signed clients pointed at it.</summary>
internal sealed class FakeAwsEndpoint : IAsyncDisposable
{
    public const string AccessKeyId = "AKIDEXAMPLE";
    public const string SecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    public FakeAwsEndpoint(Func<LocalHttpRequest, CancellationToken, Task<LocalHttpResponse>> handler)
    {
        Server = new LocalHttpServer(handler);
        Settings = new AwsSettings("us-east-1", Server.Endpoint);
        Http = new SignedHttpClientFactory(Settings, new BasicAWSCredentials(AccessKeyId, SecretAccessKey));
    }

    public FakeAwsEndpoint(Func<LocalHttpRequest, LocalHttpResponse> handler)
        : this((request, _) => Task.FromResult(handler(request)))
    {
    }

    public LocalHttpServer Server { get; }

    public AwsSettings Settings { get; }

    public SignedHttpClientFactory Http { get; }

    public IReadOnlyList<LocalHttpRequest> Requests => Server.Requests;

    /// <summary>A transport without retries unless a pipeline is given.</summary>
    public AwsTransport Transport(AwsService service, ResiliencePipeline? retry = null) =>
        new(Http.Create(service), service.Name, retry ?? ResiliencePipeline.Empty);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
