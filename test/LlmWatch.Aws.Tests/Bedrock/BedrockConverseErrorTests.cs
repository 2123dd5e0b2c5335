using LlmWatch.Aws.Bedrock;
using LlmWatch.Aws.Errors;
using LlmWatch.Aws.Signing;
using LlmWatch.Aws.Tests.Fakes;
using LlmWatch.Aws.Transport;
using LlmWatch.TestKit.Http;

namespace LlmWatch.Aws.Tests.Bedrock;

public class BedrockConverseErrorTests
{
    private static readonly ConverseRequest Hello =
        new() { Messages = [new ConverseMessage("user", [new ConverseContentBlock("hello")])] };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Throttling_429_is_a_retryable_error_named_by_the_ErrorType_header()
    {
        await using var fake = new FakeAwsEndpoint(_ =>
            LocalHttpResponse.Json("""{"message":"Too many requests, please wait before trying again."}""", 429)
                .WithHeader("x-amzn-ErrorType", "ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/"));
        var converse = new BedrockConverseClient(fake.Transport(AwsService.BedrockRuntime));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => converse.ConverseAsync("m", Hello, Ct));

        Assert.Equal("ThrottlingException", error.Code);
        Assert.Equal(429, error.StatusCode);
        Assert.True(error.IsRetryable);
        Assert.Equal("BedrockRuntime", error.Service);
        Assert.Equal("Too many requests, please wait before trying again.", error.ServiceMessage);
    }

    [Fact]
    public async Task Server_error_500_is_retryable_with_the_code_from_the_body()
    {
        await using var fake = new FakeAwsEndpoint(_ =>
            LocalHttpResponse.Json("""{"__type":"com.amazon.bedrock#InternalServerException","message":"oops"}""", 500));
        var converse = new BedrockConverseClient(fake.Transport(AwsService.BedrockRuntime));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => converse.ConverseAsync("m", Hello, Ct));

        Assert.Equal("InternalServerException", error.Code);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public async Task Validation_error_is_not_retried()
    {
        await using var fake = new FakeAwsEndpoint(_ => LocalHttpResponse.Json(
            """{"message":"The model returned the following errors: max_tokens: must be >= 1"}""", 400)
            .WithHeader("x-amzn-ErrorType", "ValidationException"));
        var converse = new BedrockConverseClient(fake.Transport(AwsService.BedrockRuntime,
            AwsRetryPipeline.Create(TimeProvider.System, baseDelay: TimeSpan.Zero)));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => converse.ConverseAsync("m", Hello, Ct));

        Assert.Equal("ValidationException", error.Code);
        Assert.False(error.IsRetryable);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task Retry_pipeline_rides_out_throttling_and_each_attempt_is_signed_afresh()
    {
        var calls = 0;
        await using var fake = new FakeAwsEndpoint(_ => Interlocked.Increment(ref calls) <= 2
            ? LocalHttpResponse.Json("{}", 429).WithHeader("x-amzn-ErrorType", "ThrottlingException")
            : LocalHttpResponse.Json("""{"output":{"message":{"role":"assistant","content":[{"text":"ok"}]}},"stopReason":"end_turn"}"""));
        var converse = new BedrockConverseClient(fake.Transport(AwsService.BedrockRuntime,
            AwsRetryPipeline.Create(TimeProvider.System, baseDelay: TimeSpan.Zero)));

        var response = await converse.ConverseAsync("m", Hello, Ct);

        Assert.Equal("ok", response.Text());
        Assert.Equal(3, fake.Requests.Count);
        Assert.All(fake.Requests, r => Assert.StartsWith("AWS4-HMAC-SHA256 ", r.Header("Authorization")));
        Assert.All(fake.Requests, r => Assert.Equal(fake.Requests[0].BodyText, r.BodyText));
    }

    [Fact]
    public async Task Retries_are_bounded_to_three_attempts()
    {
        await using var fake = new FakeAwsEndpoint(_ => LocalHttpResponse.Json("""{"__type":"ServiceUnavailableException"}""", 503));
        var converse = new BedrockConverseClient(fake.Transport(AwsService.BedrockRuntime,
            AwsRetryPipeline.Create(TimeProvider.System, baseDelay: TimeSpan.Zero)));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => converse.ConverseAsync("m", Hello, Ct));

        Assert.Equal("ServiceUnavailableException", error.Code);
        Assert.Equal(3, fake.Requests.Count);
    }
}
