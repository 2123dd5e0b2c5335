using System.Text;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.SQS.Model;
using LlmWatch.Aws.Configuration;
using LlmWatch.Core.Alarms;
using LlmWatch.Functions.Composition;
using LlmWatch.Functions.Configuration;
using LlmWatch.Functions.Handlers;
using LlmWatch.Functions.Output;
using LlmWatch.Functions.RuntimeApi;
using LlmWatch.Functions.Tests.Fakes;
using LlmWatch.TestKit;
using LlmWatch.TestKit.Aws;
using LlmWatch.TestKit.OnCall;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Functions.Tests.OnCall;

/// <summary>The three on-call handlers wired to moto (DynamoDB, SQS, SNS tier topics, CloudWatch alarms) and a fake Logs Insights.</summary>
internal sealed class OnCallStack : IDisposable
{
    public static readonly byte[] Secret = Encoding.UTF8.GetBytes("stack-ack-secret-0123456789abcdef");
    private readonly List<Message> _pending = [];

    private OnCallStack(MotoOnCall aws, FunctionServices services, OnCallParts parts, TimeProvider time, string alarmName, string queueUrl,
        IReadOnlyList<(string Topic, string Inbox)> tiers, RecordingLineSink lines, Func<DueTimeScheduler?> scheduler)
    {
        Aws = aws; Services = services; Time = time; AlarmName = alarmName; QueueUrl = queueUrl; Tiers = tiers; Lines = lines; _scheduler = scheduler;
        Alarm = AlarmComposition.Create(parts);
        Escalate = EscalateComposition.Create(parts);
        Ack = AckComposition.Create(parts);
    }

    public MotoOnCall Aws { get; }
    public FunctionServices Services { get; }
    public TimeProvider Time { get; }
    public string AlarmName { get; }
    public string AlarmArn => $"arn:aws:cloudwatch:us-east-1:123456789012:alarm:{AlarmName}";
    public string QueueUrl { get; }
    public IReadOnlyList<(string Topic, string Inbox)> Tiers { get; }
    public RecordingLineSink Lines { get; }
    public DueTimeScheduler? Scheduler => _scheduler();

    private readonly Func<DueTimeScheduler?> _scheduler;
    public AlarmHandler Alarm { get; }
    public EscalateHandler Escalate { get; }
    public AckHandler Ack { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<OnCallStack> CreateAsync(MotoServer moto, TimeProvider time, FakeQueryRunner queries, int budgetMs = 2000)
    {
        var aws = new MotoOnCall(moto);
        var table = await aws.CreateIncidentTableAsync(Ct);
        var (queueUrl, _) = await aws.CreateQueueAsync("escalation", Ct);
        var tiers = new List<(string, string)>();
        for (var i = 0; i < 4; i++)
            tiers.Add(await aws.CreateTopicWithQueueAsync($"tier{i}", Ct));
        var alarmName = MotoOnCall.Unique("checkout-api-errors");
        await aws.PutAlarmAsync(alarmName, "ALARM", Ct);
        var settings = new SettingsSource(new Dictionary<string, string>
        {
            ["AWS_REGION"] = moto.Region,
            ["AWS_ENDPOINT_URL"] = moto.Endpoint.ToString(),
            [OnCallSettings.TierTopicsVariable] = string.Join(',', tiers.Select(t => t.Item1)),
            [OnCallSettings.TableVariable] = table,
            [OnCallSettings.QueueVariable] = queueUrl,
            [OnCallSettings.AckUrlVariable] = "https://ack.lambda-url.us-east-1.on.aws/",
            [OnCallSettings.DashboardVariable] = "LlmWatch",
            [OnCallSettings.BudgetVariable] = budgetMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var lines = new RecordingLineSink();
        DueTimeScheduler? scheduler = null;
        var services = new FunctionServices(settings, time, lines, new FunctionLog(lines, time), () => aws.Credentials);
        var parts = await OnCallParts.CreateAsync(services,
            new OnCallSeams(queries, Secret, inner => scheduler ??= new DueTimeScheduler(inner, time)), Ct);
        return new OnCallStack(aws, services, parts, time, alarmName, queueUrl, tiers, lines, () => scheduler);
    }

    /// <summary>The sample alarm event, renamed to this stack's alarm, optionally turned into its OK transition.</summary>
    public byte[] AlarmEvent(string messageId = "6b1f8a52-3f0e-5c3a-9d1e-2b7c4a9e0f11", bool ok = false)
    {
        var text = Encoding.UTF8.GetString(RepoFiles.ReadEvent("alarm-sns-event.json"))
            .Replace("checkout-api-errors", AlarmName).Replace("6b1f8a52-3f0e-5c3a-9d1e-2b7c4a9e0f11", messageId);
        if (ok)
        {
            text = text.Replace("\\\"NewStateValue\\\":\\\"ALARM\\\"", "\\\"NewStateValue\\\":\\\"OK\\\"")
                .Replace("2025-03-04T10:15:42.587+0000", "2025-03-04T10:50:00.000+0000");
        }
        return Encoding.UTF8.GetBytes(text);
    }

    public static InvocationContext Context() => new("req-1", DateTimeOffset.MaxValue, "arn:aws:lambda:us-east-1:123456789012:function:f", null);

    /// <summary>Pages published to a tier so far (the SNS envelope's Subject and the default JSON document).</summary>
    public async Task<IReadOnlyList<(string Subject, JsonElement Page)>> DrainTierAsync(int tier)
    {
        var bodies = await Aws.DrainAsync(Tiers[tier].Inbox, Ct);
        return bodies.Select(b =>
        {
            var envelope = JsonDocument.Parse(b).RootElement;
            return (envelope.GetProperty("Subject").GetString()!, JsonDocument.Parse(envelope.GetProperty("Message").GetString()!).RootElement);
        }).ToList();
    }

    /// <summary>Delivers the escalation messages that are visible at the current fake time; returns the handler's answer.</summary>
    public async Task<string> DeliverDueEscalationsAsync()
    {
        await ReceiveAsync();
        var due = _pending.Where(m => Scheduler!.VisibleAt(m.Body) <= Time.GetUtcNow()).ToList();
        _pending.RemoveAll(due.Contains);
        var records = string.Join(',', due.Select(m => JsonSerializer.Serialize(new Dictionary<string, string>
        { ["messageId"] = m.MessageId, ["body"] = m.Body, ["eventSource"] = "aws:sqs" }, StringDictionaryJson.Default.DictionaryStringString)));
        var response = await Escalate.HandleAsync(Encoding.UTF8.GetBytes($"{{\"Records\":[{records}]}}"), Context(), Ct);
        return Encoding.UTF8.GetString(response);
    }

    /// <summary>When the next undelivered escalation message becomes visible on the fake clock, if any.</summary>
    public async Task<DateTimeOffset?> NextDueAsync()
    {
        await ReceiveAsync();
        return _pending.Count == 0 ? null : _pending.Min(m => Scheduler!.VisibleAt(m.Body));
    }

    private async Task ReceiveAsync()
    {
        while ((await Aws.Sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = QueueUrl, MaxNumberOfMessages = 10 }, Ct)).Messages is { Count: > 0 } got)
        {
            _pending.AddRange(got);
            foreach (var m in got)
                await Aws.Sqs.DeleteMessageAsync(QueueUrl, m.ReceiptHandle, Ct);
        }
    }

    public static byte[] AckEvent(string ackUrl, string? by = null)
    {
        var query = new Uri(ackUrl).Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        if (by is not null)
            query["by"] = by;
        var qs = JsonSerializer.Serialize(query, StringDictionaryJson.Default.DictionaryStringString);
        return Encoding.UTF8.GetBytes($$$"""
            {"version":"2.0","rawPath":"/ack","rawQueryString":"","queryStringParameters":{{{qs}}},
             "requestContext":{"http":{"method":"GET","path":"/ack","sourceIp":"203.0.113.7","userAgent":"Mozilla/5.0"}},"isBase64Encoded":false}
            """);
    }

    public void Dispose()
    {
        Services.Dispose();
        Aws.Dispose();
    }
}
