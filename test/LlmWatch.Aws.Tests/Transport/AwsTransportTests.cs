using Amazon.Runtime;
using LlmWatch.Aws.Configuration;
using LlmWatch.Aws.Errors;
using LlmWatch.Aws.Signing;
using LlmWatch.Aws.Sns;
using LlmWatch.Aws.Tests.Fakes;
using LlmWatch.Aws.Transport;
using LlmWatch.TestKit.Http;

namespace LlmWatch.Aws.Tests.Transport;

public class AwsTransportTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Connection_refused_is_a_retryable_network_error_without_status()
    {
        var closedPort = FreeTcpPort.Next();
        using var http = new SignedHttpClientFactory(new AwsSettings("us-east-1", new Uri($"http://127.0.0.1:{closedPort}/")),
            new BasicAWSCredentials("a", "b"));
        var sns = new SnsClient(new AwsTransport(http.Create(AwsService.Sns), "SNS", Polly.ResiliencePipeline.Empty));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => sns.PublishAsync("arn", "m", null, false, null, Ct));

        Assert.Equal("NetworkError", error.Code);
        Assert.Equal(0, error.StatusCode);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public async Task Cancelling_during_backoff_stops_retrying_at_once()
    {
        var firstAttempt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var fake = new FakeAwsEndpoint(_ =>
        {
            firstAttempt.TrySetResult();
            return LocalHttpResponse.Json("""{"__type":"ServiceUnavailableException"}""", 503);
        });
        // a long backoff: only cancellation can end the call within the test's bound
        var sns = new SnsClient(fake.Transport(AwsService.Sns,
            AwsRetryPipeline.Create(TimeProvider.System, baseDelay: TimeSpan.FromMinutes(5))));
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var publish = sns.PublishAsync("arn", "m", null, false, null, caller.Token);
        await firstAttempt.Task.WaitAsync(Bound, Ct);
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => publish.WaitAsync(Bound, Ct));
        Assert.Single(fake.Requests);
    }
}
