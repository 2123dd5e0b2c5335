using System.Text.Json;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Paging;
using LlmWatch.Core.Tests.OnCall.Notifications;
using LlmWatch.TestKit;
using NJsonSchema;

namespace LlmWatch.Core.Tests.Paging.Chat;

/// <summary>Page requests for the chat renderers, and the JSON schemas their output is checked against.</summary>
internal static class ChatPages
{
    public const string Incident = "aW5jaWRlbnQtMQ";
    public const string Token = "dG9rZW4tZm9yLXRpZXItMA";

    private static readonly Lazy<JsonSchema> Chatbot = new(() => Schema("chatbot-custom-notification.schema.json"));
    private static readonly Lazy<JsonSchema> BlockKit = new(() => Schema("slack-block-kit-message.schema.json"));

    public static AlarmNotification Latency { get; } = AlarmNotificationParser.Parse(AlarmJson.Single).Notification!;

    public static Evidence Evidence() => new(
        EvidenceSections.Complete<ErrorCountRow>(
        [
            new(new DateTimeOffset(2026, 5, 4, 9, 15, 0, TimeSpan.Zero), "ThrottlingException", "m1", 4),
            new(new DateTimeOffset(2026, 5, 4, 9, 16, 0, TimeSpan.Zero), "ThrottlingException", "m1", 3),
            new(new DateTimeOffset(2026, 5, 4, 9, 16, 0, TimeSpan.Zero), "ModelTimeoutException", "m1", 5),
        ]),
        EvidenceSections.Complete<SlowRequestRow>([new(null, "req-1", "m1", "checkout-api", 9123, 400, 300)]),
        EvidenceSections.Complete<CallerUsageRow>([new("checkout-api", 12, 34000, 1.25, 1000, 0.05, false)]),
        EvidenceSections.NotRun<JudgeScoreRow>("not a quality alarm"),
        EvidenceSections.Complete<MetricPoint>([new(DateTimeOffset.UnixEpoch, 3500)]));

    public static PageRequest Request(AlarmNotification? alarm = null, PageKind kind = PageKind.Alarm, Evidence? evidence = null, string? logsUrl = null) => new(
        alarm ?? Latency, CorrelationPlanner.Plan(alarm ?? Latency, includeText: false), evidence ?? Evidence(), kind, kind == PageKind.Escalation ? 1 : 0, Incident,
        new PageLinks("https://console.example/alarm", logsUrl ?? "https://console.example/insights", "https://console.example/dash",
            "https://wiki.example.com/runbooks/latency", $"https://ack.example/ack?incident={Incident}&token={Token}"),
        PagedTiers: kind == PageKind.Resolved ? [0, 1] : null,
        ResolvedAt: kind == PageKind.Resolved ? new DateTimeOffset(2026, 5, 4, 9, 50, 0, TimeSpan.Zero) : null);

    /// <summary>The incident in events/ (the error-rate alarm of the sample traffic).</summary>
    public static AlarmNotification SampleIncident()
    {
        var json = File.ReadAllText(RepoFiles.Event("alarm-sns-event-incident.json"));
        using var doc = JsonDocument.Parse(json);
        var message = doc.RootElement.GetProperty("Records")[0].GetProperty("Sns").GetProperty("Message").GetString()!;
        return AlarmNotificationParser.Parse(message).Notification!;
    }

    public static ICollection<NJsonSchema.Validation.ValidationError> ChatbotErrors(string json) => Chatbot.Value.Validate(json);

    public static ICollection<NJsonSchema.Validation.ValidationError> BlockKitErrors(string json) => BlockKit.Value.Validate(json);

    private static JsonSchema Schema(string name) =>
        JsonSchema.FromJsonAsync(File.ReadAllText(RepoFiles.Path("test", "LlmWatch.Core.Tests", "Paging", "Chat", name))).GetAwaiter().GetResult();
}
