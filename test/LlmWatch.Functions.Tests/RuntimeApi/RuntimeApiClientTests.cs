using System.Net;
using System.Text;
using System.Text.Json;
using LlmWatch.Functions.RuntimeApi;
using LlmWatch.TestKit.RuntimeApi;

namespace LlmWatch.Functions.Tests.RuntimeApi;

/// <summary>The HTTP client against the fake host, which implements the documented contract.</summary>
public sealed class RuntimeApiClientTests : IAsyncLifetime
{
    private RuntimeApiHost _host = null!;
    private RuntimeApiClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _host = RuntimeApiHost.Start();
        _client = new RuntimeApiClient(_host.Address);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Next_reads_body_and_context_headers()
    {
        var deadline = DateTimeOffset.FromUnixTimeMilliseconds(1_542_409_706_888);
        _host.Enqueue("""{"awslogs":{}}"""u8.ToArray(), "8476a536-e9f4-11e8-9739-2dfe598c3fcd", deadline, "Root=1-5bef4de7;Sampled=1");

        var invocation = await _client.GetNextInvocationAsync(TestContext.Current.CancellationToken);

        Assert.Equal("""{"awslogs":{}}""", Encoding.UTF8.GetString(invocation.Body.Span));
        Assert.Equal(
            new InvocationContext("8476a536-e9f4-11e8-9739-2dfe598c3fcd", deadline,
                "arn:aws:lambda:us-east-1:123456789012:function:llmwatch-MetricsFunction", "Root=1-5bef4de7;Sampled=1"),
            invocation.Context);
    }

    [Fact]
    public async Task Next_long_polls_until_an_event_is_queued()
    {
        var next = _client.GetNextInvocationAsync(TestContext.Current.CancellationToken);
        await WaitUntilAsync(() => _host.NextCalls == 1);
        Assert.False(next.IsCompleted);

        var queued = _host.Enqueue("{}"u8.ToArray());

        Assert.Equal(queued.RequestId, (await next).Context.RequestId);
    }

    [Fact]
    public async Task Response_is_posted_raw_for_the_request()
    {
        var queued = _host.Enqueue("{}"u8.ToArray());
        var invocation = await _client.GetNextInvocationAsync(TestContext.Current.CancellationToken);

        await _client.PostResponseAsync(invocation.Context.RequestId, """{"parsed":3}"""u8.ToArray(), TestContext.Current.CancellationToken);

        var post = await queued.Outcome;
        Assert.Equal(RuntimePostKind.Response, post.Kind);
        Assert.Equal("""{"parsed":3}""", post.BodyText);
    }

    [Fact]
    public async Task Error_carries_the_type_header_and_an_ErrorRequest_body()
    {
        var queued = _host.Enqueue("{}"u8.ToArray());
        var invocation = await _client.GetNextInvocationAsync(TestContext.Current.CancellationToken);

        await _client.PostErrorAsync(invocation.Context.RequestId, new ErrorRequest("bad", "Function.Bad", ["at A", "at B"]), TestContext.Current.CancellationToken);

        var post = await queued.Outcome;
        Assert.Equal(RuntimePostKind.Error, post.Kind);
        Assert.Equal("Function.Bad", post.ErrorTypeHeader);
        using var body = JsonDocument.Parse(post.Body);
        Assert.Equal("bad", body.RootElement.GetProperty("errorMessage").GetString());
        Assert.Equal("Function.Bad", body.RootElement.GetProperty("errorType").GetString());
        Assert.Equal(["at A", "at B"], body.RootElement.GetProperty("stackTrace").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Init_error_goes_to_the_init_endpoint()
    {
        await _client.PostInitErrorAsync(ErrorRequest.Plain("Runtime.NoSuchHandler", "no handler 'x'"), TestContext.Current.CancellationToken);

        var post = await _host.InitError;
        Assert.Equal("Runtime.NoSuchHandler", post.ErrorTypeHeader);
        using var body = JsonDocument.Parse(post.Body);
        Assert.Equal("no handler 'x'", body.RootElement.GetProperty("errorMessage").GetString());
        Assert.Equal(0, body.RootElement.GetProperty("stackTrace").GetArrayLength());
    }

    [Fact]
    public async Task A_500_from_the_error_endpoint_is_a_container_error()
    {
        _host.ErrorPostStatus = HttpStatusCode.InternalServerError;
        _host.Enqueue("{}"u8.ToArray());
        var invocation = await _client.GetNextInvocationAsync(TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<ContainerErrorException>(() =>
            _client.PostErrorAsync(invocation.Context.RequestId, ErrorRequest.Plain("X", "y"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_response_for_an_unknown_request_is_refused_without_ending_the_runtime()
    {
        var error = await Assert.ThrowsAsync<RuntimeApiException>(() =>
            _client.PostResponseAsync("not-issued", "{}"u8.ToArray(), TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
    }

    // Polling with a bound: the long-poll happens on another thread of the host.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
            await Task.Delay(10, TestContext.Current.CancellationToken);
        Assert.True(condition());
    }
}
