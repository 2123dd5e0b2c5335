using System.Text;
using LlmWatch.Aws.CloudWatch;
using LlmWatch.Aws.DynamoDb;
using LlmWatch.Aws.Logs;
using LlmWatch.Aws.Sns;
using LlmWatch.Aws.Sqs;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall;
using LlmWatch.Core.OnCall.Ack;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.Ports;
using LlmWatch.Functions.Configuration;

namespace LlmWatch.Functions.Composition;

/// <summary>
/// What the three on-call handlers share, built once per cold start: settings, the incidents table, SNS, the
/// escalation queue, page composition and the ack secret (read from Secrets Manager, awaited, at start-up).
/// Each handler's composition takes only the parts it uses.
/// </summary>
internal sealed class OnCallParts
{
    private readonly FunctionServices _services;
    private readonly OnCallSeams _seams;
    private DynamoDbIncidentStore? _store;

    private OnCallParts(FunctionServices services, OnCallSettings settings, AckTokens? tokens, OnCallSeams seams)
    {
        (_services, Settings, Tokens, _seams) = (services, settings, tokens, seams);
        Options = new OnCallOptions(settings.TierTopicArns, settings.Policy, settings.AckUrl, settings.DashboardName,
            settings.IncludeText, settings.InvocationLogGroups, settings.JudgeLogGroup)
        { EnrichmentBudget = settings.EnrichmentBudget };
    }

    public OnCallSettings Settings { get; }

    public OnCallOptions Options { get; }

    /// <summary>Null when no ack secret is configured (pages then carry no ack link).</summary>
    public AckTokens? Tokens { get; }

    public IEventLog Log => _services.Log;

    public TimeProvider Time => _services.Time;

    public static async Task<OnCallParts> CreateAsync(FunctionServices services, OnCallSeams? seams, CancellationToken cancellationToken)
    {
        seams ??= new OnCallSeams();
        var settings = OnCallSettings.From(services.Settings);
        var secret = seams.AckSecret;
        if (secret is null && settings.AckSecretArn is { } arn)
            secret = Encoding.UTF8.GetBytes(await services.Aws.CreateSecretsManager().GetSecretStringAsync(arn, cancellationToken));
        return new OnCallParts(services, settings, secret is null ? null : new AckTokens(secret), seams);
    }

    public IIncidentStore Store() => _store ??= new DynamoDbIncidentStore(_services.Aws.CreateDynamoDb(), Settings.IncidentsTable);

    public INotificationPublisher Publisher() => new SnsNotificationPublisher(_services.Aws.CreateSns());

    public IEscalationScheduler Scheduler()
    {
        var sqs = new SqsEscalationScheduler(new SqsQueueClient(_services.Aws.CreateSqs()), Settings.EscalationQueueUrl!);
        return _seams.WrapScheduler is null ? sqs : _seams.WrapScheduler(sqs);
    }

    public IAlarmStateReader AlarmStates() => new CloudWatchAlarmStateReader(_services.Aws.CreateCloudWatch());

    public PageComposer Composer() => new(Options, Tokens);

    /// <summary>Logs Insights correlation queries and GetMetricData under the enrichment budget, priced with the stack's prices.</summary>
    public EvidenceGatherer Gatherer()
    {
        var queries = _seams.Queries ?? new InsightsQueryRunner(_services.Aws.CreateLogsInsights(),
            Settings.InvocationLogGroups, Settings.JudgeLogGroup, Settings.EnrichmentBudget);
        var history = new CloudWatchMetricHistoryReader(_services.Aws.CreateCloudWatch());
        return new EvidenceGatherer(queries, history, new EvidenceBuilder(PriceBookLoader.Load(_services.Settings)), Time);
    }
}
