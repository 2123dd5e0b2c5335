using System.Text;
using Amazon.Runtime;
using LlmWatch.Aws.CloudWatch;
using LlmWatch.Aws.Configuration;
using LlmWatch.Aws.DynamoDb;
using LlmWatch.Aws.Logs;
using LlmWatch.Aws.Secrets;
using LlmWatch.Aws.Signing;
using LlmWatch.Aws.Sns;
using LlmWatch.Aws.Sqs;
using LlmWatch.Aws.Transport;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall;
using LlmWatch.Core.OnCall.Ack;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.Ports;
using LlmWatch.Core.Pricing;
using LlmWatch.Functions.Configuration;

namespace LlmWatch.Functions.Composition;

/// <summary>Builds the on-call object graph once per cold start; each handler asks only for what it uses.</summary>
internal sealed class OnCallGraph(
    OnCallSettings settings, AwsSettings aws, AWSCredentials credentials, TimeProvider time, IOnCallLog log,
    ICorrelationQueryRunner? queryRunner = null, byte[]? ackSecret = null,
    Func<IEscalationScheduler, IEscalationScheduler>? wrapScheduler = null) : IDisposable
{
    private readonly SignedHttpClientFactory _http = new(aws, credentials);
    private readonly AwsSdkClientFactory _sdk = new(aws, credentials);
    private AckTokens? _tokens;
    private DynamoDbIncidentStore? _store;

    public static OnCallGraph FromServices(FunctionServices services) => new(
        OnCallSettings.From(services.Settings), AwsConfiguration.Load(services.Settings.Optional),
        AwsConfiguration.ResolveCredentials(), services.Time, new Output.OnCallLog(services.Stdout, services.Time));

    public OnCallOptions Options => new(settings.TierTopicArns, settings.Policy, settings.AckUrl, settings.DashboardName,
        settings.IncludeText, settings.InvocationLogGroups, settings.JudgeLogGroup)
    { EnrichmentBudget = settings.EnrichmentBudget };

    public AlarmIntake Intake()
    {
        settings.RequirePaging();
        var cloudWatch = new CloudWatchClient(Transport(AwsService.CloudWatch));
        var queries = queryRunner ?? new InsightsQueryRunner(new LogsInsightsClient(Transport(AwsService.Logs), time),
            settings.InvocationLogGroups, settings.JudgeLogGroup, settings.EnrichmentBudget);
        var gatherer = new EvidenceGatherer(queries, new CloudWatchMetricHistoryReader(cloudWatch), new EvidenceBuilder(PriceBook.LoadDefault()), time);
        return new AlarmIntake(Store(), Publisher(), Scheduler(), gatherer, Composer(), Options, time, log);
    }

    public EscalationRunner Escalation()
    {
        settings.RequirePaging();
        var alarms = new CloudWatchAlarmStateReader(new CloudWatchClient(Transport(AwsService.CloudWatch)));
        return new EscalationRunner(Store(), alarms, Publisher(), Scheduler(), Composer(), Options, time, log);
    }

    public AckService Ack() => new(Store(), Tokens() ?? throw new ConfigurationException(OnCallSettings.AckSecretVariable,
        $"Missing required setting {OnCallSettings.AckSecretVariable}."), Options, time, log);

    public IOnCallLog Log => log;

    /// <summary>Lives as long as the process; disposed by tests.</summary>
    public void Dispose() => _http.Dispose();

    private PageComposer Composer() => new(Options, Tokens());

    private DynamoDbIncidentStore Store() => _store ??= new DynamoDbIncidentStore(_sdk.CreateDynamoDb(), settings.IncidentsTable);

    private SnsNotificationPublisher Publisher() => new(new SnsClient(Transport(AwsService.Sns)));

    private IEscalationScheduler Scheduler()
    {
        var sqs = new SqsEscalationScheduler(_sdk.CreateSqs(), settings.EscalationQueueUrl!);
        return wrapScheduler is null ? sqs : wrapScheduler(sqs);
    }

    private AwsTransport Transport(AwsService service) => new(_http.Create(service), service.Name, AwsRetryPipeline.Create(time));

    /// <summary>The ack secret: given (tests) or read once from Secrets Manager at cold start.</summary>
    private AckTokens? Tokens()
    {
        if (_tokens is not null)
            return _tokens;
        var secret = ackSecret;
        if (secret is null && settings.AckSecretArn is { } arn)
        {
            var client = new SecretsManagerClient(Transport(SecretsManagerClient.Service));
            // Cold start only: the handler factory is synchronous and nothing else runs yet.
            secret = Encoding.UTF8.GetBytes(client.GetSecretStringAsync(arn, CancellationToken.None).GetAwaiter().GetResult());
        }
        return _tokens = secret is null ? null : new AckTokens(secret);
    }
}
