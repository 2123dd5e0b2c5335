using System.Text;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall;
using LlmWatch.Core.OnCall.Ack;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Pricing;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.TestKit.OnCall;

/// <summary>The on-call flows wired to in-memory fakes and a fake clock.</summary>
public sealed class OnCallHarness
{
    public static readonly string[] Topics =
        [.. Enumerable.Range(0, 4).Select(i => $"arn:aws:sns:us-east-1:123456789012:llmwatch-tier{i}")];

    public static readonly byte[] Secret = Encoding.UTF8.GetBytes("test-ack-secret-0123456789abcdef");

    public OnCallHarness(DateTimeOffset start, FakeQueryRunner? queries = null, FakeMetricHistoryReader? history = null,
        Func<OnCallOptions, OnCallOptions>? configure = null)
    {
        Time = new FakeTimeProvider(start);
        Queries = queries ?? new FakeQueryRunner();
        History = history ?? new FakeMetricHistoryReader([]);
        Scheduler = new RecordingScheduler(Time);
        Publisher = new RecordingPublisher(Time);
        var options = new OnCallOptions(Topics, EscalationPolicy.Default, "https://ack.example.lambda-url.us-east-1.on.aws/",
            "LlmWatch", false, ["/aws/bedrock/modelinvocations"], "/aws/lambda/llmwatch-judge");
        Options = configure is null ? options : configure(options);
        Tokens = new AckTokens(Secret);
        var composer = new PageComposer(Options, Tokens);
        var gatherer = new EvidenceGatherer(Queries, History, new EvidenceBuilder(PriceBook.LoadDefault()), Time);
        Intake = new AlarmIntake(Store, Publisher, Scheduler, gatherer, composer, Options, Time, Log);
        Escalation = new EscalationRunner(Store, Alarms, Publisher, Scheduler, composer, Options, Time, Log);
        Ack = new AckService(Store, Tokens, Options, Time, Log);
    }

    public FakeTimeProvider Time { get; }
    public FakeQueryRunner Queries { get; }
    public FakeMetricHistoryReader History { get; }
    public InMemoryIncidentStore Store { get; } = new();
    public RecordingPublisher Publisher { get; }
    public RecordingScheduler Scheduler { get; }
    public FakeAlarmStateReader Alarms { get; } = new();
    public ListEventLog Log { get; } = new();
    public OnCallOptions Options { get; }
    public AckTokens Tokens { get; }
    public AlarmIntake Intake { get; }
    public EscalationRunner Escalation { get; }
    public AckService Ack { get; }

    /// <summary>Advances the clock to each scheduled message in turn and delivers it, until <paramref name="until"/>.</summary>
    public async Task RunEscalationsUntilAsync(DateTimeOffset until)
    {
        while (Scheduler.Scheduled.Count > 0)
        {
            var next = Scheduler.Scheduled.Min(s => s.VisibleAt);
            if (next > until)
                break;
            if (next > Time.GetUtcNow())
                Time.SetUtcNow(next);
            foreach (var check in Scheduler.ReceiveDue())
                await Escalation.HandleAsync(check, CancellationToken.None);
        }
        if (until > Time.GetUtcNow())
            Time.SetUtcNow(until);
    }

    /// <summary>The SNS message of a sample event file in events/.</summary>
    public static SnsMessage SampleMessage(string eventFile)
    {
        var messages = SnsLambdaEvent.Parse(RepoFiles.ReadEvent(eventFile), out _);
        return messages[0];
    }
}
