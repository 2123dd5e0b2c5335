using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.SQS;
using LlmWatch.Aws.Bedrock;
using LlmWatch.Aws.CloudWatch;
using LlmWatch.Aws.Logs;
using LlmWatch.Aws.Secrets;
using LlmWatch.Aws.Signing;
using LlmWatch.Aws.Sns;
using LlmWatch.Aws.Transport;
using Polly;

namespace LlmWatch.Aws.Configuration;

/// <summary>
/// Builds every AWS adapter from one <see cref="AwsSettings"/> and credential set: signed HTTP clients share one
/// connection pool and one retry pipeline (3 attempts, exponential backoff with jitter on <see cref="TimeProvider"/>);
/// the SDK's SQS and DynamoDB clients are made once and shared. Create once per process (cold start) and dispose at
/// shutdown.
/// </summary>
internal sealed class AwsClientFactory : IDisposable
{
    private readonly SignedHttpClientFactory _http;
    private readonly AwsSdkClientFactory _sdk;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline _retry;
    private readonly List<IDisposable> _owned = [];
    private readonly Lock _gate = new();
    private IAmazonSQS? _sqs;
    private IAmazonDynamoDB? _dynamo;

    public AwsClientFactory(AwsSettings settings, AWSCredentials credentials, TimeProvider timeProvider,
        ResiliencePipeline? retry = null)
    {
        Settings = settings;
        _http = new SignedHttpClientFactory(settings, credentials);
        _sdk = new AwsSdkClientFactory(settings, credentials);
        _time = timeProvider;
        _retry = retry ?? AwsRetryPipeline.Create(timeProvider);
    }

    public AwsSettings Settings { get; }

    public SnsClient CreateSns() => new(Transport(AwsService.Sns, null));

    public CloudWatchClient CreateCloudWatch() => new(Transport(AwsService.CloudWatch, null));

    public LogsInsightsClient CreateLogsInsights() => new(Transport(AwsService.Logs, null), _time);

    public SecretsManagerClient CreateSecretsManager() => new(Transport(AwsService.SecretsManager, null));

    /// <param name="retry">Overrides the shared retry pipeline (e.g. <see cref="ResiliencePipeline.Empty"/> when SQS redelivery retries instead).</param>
    public BedrockConverseClient CreateBedrockConverse(ResiliencePipeline? retry = null) =>
        new(Transport(AwsService.BedrockRuntime, retry));

    public BedrockChatClient CreateBedrockChatClient(string defaultModelId, ResiliencePipeline? retry = null) =>
        new(CreateBedrockConverse(retry), defaultModelId);

    /// <summary>The process's one SQS client.</summary>
    public IAmazonSQS CreateSqs()
    {
        lock (_gate)
            return _sqs ??= Own(_sdk.CreateSqs());
    }

    /// <summary>The process's one DynamoDB client, or, with <paramref name="tune"/>, a client of its own with those settings.</summary>
    public IAmazonDynamoDB CreateDynamoDb(Action<AmazonDynamoDBConfig>? tune = null)
    {
        if (tune is not null)
            return Own(_sdk.CreateDynamoDb(tune));
        lock (_gate)
            return _dynamo ??= Own(_sdk.CreateDynamoDb());
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var client in _owned)
                client.Dispose();
            _owned.Clear();
        }
        _http.Dispose();
    }

    private AwsTransport Transport(AwsService service, ResiliencePipeline? retry) =>
        new(Own(_http.Create(service)), service.Name, retry ?? _retry);

    private T Own<T>(T client)
        where T : IDisposable
    {
        lock (_gate)
            _owned.Add(client);
        return client;
    }
}
