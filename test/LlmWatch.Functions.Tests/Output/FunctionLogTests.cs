using System.Text.Json;
using LlmWatch.Core.Ports;
using LlmWatch.Functions.Output;
using LlmWatch.Functions.RuntimeApi;
using LlmWatch.Functions.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Functions.Tests.Output;

public class FunctionLogTests
{
    private readonly RecordingLineSink _stdout = new();
    private readonly FunctionLog _log;

    public FunctionLogTests() => _log = new FunctionLog(_stdout, new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero)));

    private static InvocationContext Invocation(string requestId, string? trace) =>
        new(requestId, DateTimeOffset.MaxValue, "arn:aws:lambda:us-east-1:1:function:f", trace);

    private JsonElement Line(int index) => JsonDocument.Parse(_stdout.Lines[index]).RootElement;

    [Fact]
    public void Every_line_carries_level_event_request_id_trace_id_and_the_fields()
    {
        using (_log.Begin(Invocation("req-1", "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1")))
            _log.Error("escalate.failed", ("messageId", "m-1"), ("error", "boom"), ("note", null));

        var line = Line(0);
        Assert.Equal("2026-03-02T10:00:00+00:00", line.GetProperty("timestamp").GetString());
        Assert.Equal("ERROR", line.GetProperty("level").GetString());
        Assert.Equal("escalate.failed", line.GetProperty("event").GetString());
        Assert.Equal("req-1", line.GetProperty("requestId").GetString());
        Assert.Equal("1-5759e988-bd862e3fe1be46a994272793", line.GetProperty("traceId").GetString());
        Assert.Equal(("m-1", "boom", JsonValueKind.Null), (line.GetProperty("messageId").GetString(), line.GetProperty("error").GetString(),
            line.GetProperty("note").ValueKind));
    }

    [Theory]
    [InlineData(LogLevel.Info, "INFO")]
    [InlineData(LogLevel.Warn, "WARN")]
    [InlineData(LogLevel.Error, "ERROR")]
    public void The_level_is_the_one_the_caller_chose_whatever_the_event_is_called(LogLevel level, string written)
    {
        _log.Write(level, "ack.rejected.malformed.failed");

        Assert.Equal(written, Line(0).GetProperty("level").GetString());
    }

    [Fact]
    public void Outside_an_invocation_lines_carry_no_request_or_trace_id_and_a_trace_header_without_root_gives_no_trace_id()
    {
        _log.Info("init.done");
        using (_log.Begin(Invocation("req-2", "Parent=53995c3f42cd8ad8;Sampled=0")))
            _log.Info("inside");
        _log.Info("after");

        Assert.False(Line(0).TryGetProperty("requestId", out _));
        Assert.Equal("req-2", Line(1).GetProperty("requestId").GetString());
        Assert.False(Line(1).TryGetProperty("traceId", out _));
        Assert.False(Line(2).TryGetProperty("requestId", out _));
    }

    [Fact]
    public async Task Work_an_invocation_started_logs_under_that_invocation_after_the_next_one_began()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task late;
        using (_log.Begin(Invocation("first", "Root=1-a-b")))
        {
            late = Task.Run(async () =>
            {
                await release.Task;
                _log.Warn("late");
            }, TestContext.Current.CancellationToken);
        }
        using (_log.Begin(Invocation("second", "Root=1-c-d")))
        {
            release.SetResult();
            await late;
            _log.Info("current");
        }

        Assert.Equal(("late", "first"), (Line(0).GetProperty("event").GetString(), Line(0).GetProperty("requestId").GetString()));
        Assert.Equal(("current", "second"), (Line(1).GetProperty("event").GetString(), Line(1).GetProperty("requestId").GetString()));
    }
}
