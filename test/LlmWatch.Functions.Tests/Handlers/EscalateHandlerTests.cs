using System.Text;
using System.Text.Json;
using LlmWatch.Core.OnCall;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.Ports;
using LlmWatch.Functions.Handlers;
using LlmWatch.Functions.Output;
using LlmWatch.Functions.RuntimeApi;
using LlmWatch.Functions.Tests.Fakes;
using LlmWatch.Functions.Tests.OnCall;
using LlmWatch.TestKit.OnCall;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Functions.Tests.Handlers;

public class EscalateHandlerTests
{
    private static readonly InvocationContext Context = new("req-9", DateTimeOffset.MaxValue, "arn:aws:lambda:us-east-1:1:function:escalate", "Root=1-abc-def");
    private readonly RecordingLineSink _stdout = new();

    [Fact]
    public async Task A_message_whose_re_check_fails_is_returned_to_the_queue_and_logged_as_an_error()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));
        var log = new FunctionLog(_stdout, time);
        var options = new OnCallOptions(OnCallHarness.Topics, EscalationPolicy.Default, null, null, false, [], null);
        var runner = new EscalationRunner(new UnavailableIncidentStore(), new FakeAlarmStateReader(), new RecordingPublisher(time),
            new RecordingScheduler(time), new PageComposer(options, null), options, time, log);
        var check = EscalationCheckJson.Write(new EscalationCheck(IncidentIds.Create("arn:aws:cloudwatch:us-east-1:1:alarm:a", "t"), 1, time.GetUtcNow()));
        var body = JsonSerializer.Serialize(check, StringDictionaryJson.Default.String);

        byte[] response;
        using (log.Begin(Context))
            response = await new EscalateHandler(runner, log).HandleAsync(Encoding.UTF8.GetBytes($$"""{"Records":[{"messageId":"m-1","body":{{body}}}]}"""), Context, TestContext.Current.CancellationToken);

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m-1"}]}""", Encoding.UTF8.GetString(response));
        var line = JsonDocument.Parse(Assert.Single(_stdout.Lines)).RootElement;
        Assert.Equal(("ERROR", "escalate.failed", "m-1", "req-9"), (line.GetProperty("level").GetString(), line.GetProperty("event").GetString(),
            line.GetProperty("messageId").GetString(), line.GetProperty("requestId").GetString()));
    }

    private sealed class UnavailableIncidentStore : IIncidentStore
    {
        private static Task<T> Fail<T>() => Task.FromException<T>(new HttpRequestException("incidents table unavailable"));

        public Task<bool> TryCreateAsync(Incident incident, CancellationToken cancellationToken) => Fail<bool>();

        public Task<Incident?> GetAsync(string alarmArn, string stateChangeTime, CancellationToken cancellationToken) => Fail<Incident?>();

        public Task<Incident?> FindLatestAsync(string alarmArn, CancellationToken cancellationToken) => Fail<Incident?>();

        public Task<bool> TryUpdateAsync(Incident updated, int expectedVersion, CancellationToken cancellationToken) => Fail<bool>();
    }
}
