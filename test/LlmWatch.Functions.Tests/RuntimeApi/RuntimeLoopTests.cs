using System.Net;
using System.Text;
using LlmWatch.Functions.Output;
using LlmWatch.Functions.RuntimeApi;
using LlmWatch.Functions.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Functions.Tests.RuntimeApi;

public class RuntimeLoopTests
{
    private readonly FakeRuntimeApiClient _client = new();
    private readonly RecordingTraceContext _trace = new();
    private readonly RecordingLineSink _stdout = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));

    private RuntimeLoop Loop(Functions.Handlers.IHandler handler) =>
        new(_client, handler, _trace, _time, new FunctionLog(_stdout, _time));

    [Fact]
    public async Task Posts_the_handler_result_as_the_response_for_that_request()
    {
        _client.Enqueue("""{"a":1}""", "req-1", traceId: "Root=1-abc");

        await Loop(DelegateHandler.Echo()).RunOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal([("req-1", """{"a":1}""")], _client.Responses);
        Assert.Empty(_client.Errors);
        Assert.Equal(["Root=1-abc"], _trace.TraceIds);
    }

    [Fact]
    public async Task Sets_the_trace_id_of_each_invocation_before_its_handler_runs()
    {
        var seenByHandler = new List<string?>();
        _client.Enqueue("{}", "r1", traceId: "Root=1").Enqueue("{}", "r2", traceId: null).Enqueue("{}", "r3", traceId: "Root=3");
        var handler = new DelegateHandler((body, ctx, _) =>
        {
            seenByHandler.Add(_trace.TraceIds[^1]);
            return Task.FromResult(body.ToArray());
        });

        for (var i = 0; i < 3; i++)
            await Loop(handler).RunOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["Root=1", null, "Root=3"], seenByHandler);
    }

    [Fact]
    public async Task A_throwing_handler_becomes_an_error_post_and_the_loop_serves_the_next_event()
    {
        _client.Enqueue("boom", "bad").Enqueue("""{"ok":true}""", "good");
        var handler = new DelegateHandler((body, _, _) => Encoding.UTF8.GetString(body.Span) == "boom"
            ? throw new InvalidDataException("cannot read event")
            : Task.FromResult(body.ToArray()));
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var run = Loop(handler).RunAsync(cts.Token);
        await _client.Drained;
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        var (requestId, error) = Assert.Single(_client.Errors);
        Assert.Equal("bad", requestId);
        Assert.Equal("System.IO.InvalidDataException", error.ErrorType);
        Assert.Equal("cannot read event", error.ErrorMessage);
        Assert.NotEmpty(error.StackTrace);
        Assert.Equal([("good", """{"ok":true}""")], _client.Responses);
        Assert.Contains(_stdout.Lines, l => l.Contains("\"requestId\":\"bad\"") && l.Contains("\"level\":\"ERROR\""));
    }

    [Fact]
    public async Task A_500_from_the_error_endpoint_is_a_container_error_that_ends_the_loop()
    {
        _client.FailErrorPostsWith = new ContainerErrorException("500");
        _client.Enqueue("{}", "r1").Enqueue("{}", "never-served");
        var handler = new DelegateHandler((_, _, _) => throw new InvalidOperationException("bug"));

        await Assert.ThrowsAsync<ContainerErrorException>(() => Loop(handler).RunAsync(TestContext.Current.CancellationToken));

        Assert.Single(_client.Errors);
        Assert.False(_client.Drained.IsCompleted);
    }

    [Fact]
    public async Task A_refused_response_post_loses_only_that_invocation()
    {
        _client.FailResponsePostsWith = new RuntimeApiException(HttpStatusCode.RequestEntityTooLarge, "413");
        _client.Enqueue("{}", "r1");

        await Loop(DelegateHandler.Echo()).RunOnceAsync(TestContext.Current.CancellationToken);

        Assert.Contains(_stdout.Lines, l => l.Contains("\"requestId\":\"r1\"") && l.Contains("413"));
    }

    [Fact]
    public async Task The_handler_token_is_cancelled_at_the_invocation_deadline()
    {
        _client.Enqueue("{}", "slow", deadline: _time.GetUtcNow().AddSeconds(3));
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new DelegateHandler(async (_, _, ct) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return [];
        });

        var run = Loop(handler).RunOnceAsync(TestContext.Current.CancellationToken);
        await started.Task;
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(run.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        await run;

        var (requestId, error) = Assert.Single(_client.Errors);
        Assert.Equal("slow", requestId);
        Assert.Contains("Canceled", error.ErrorType, StringComparison.Ordinal);
    }
}
