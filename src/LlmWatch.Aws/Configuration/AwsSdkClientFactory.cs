using Amazon;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.SQS;

namespace LlmWatch.Aws.Configuration;

/// <summary>Creates the real AWS SDK clients (SQS, DynamoDB) from the same settings and credentials as the signed HTTP clients.</summary>
internal sealed class AwsSdkClientFactory
{
    private readonly AwsSettings _settings;
    private readonly AWSCredentials _credentials;

    public AwsSdkClientFactory(AwsSettings settings, AWSCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _credentials = credentials;
    }

    public IAmazonSQS CreateSqs() => new AmazonSQSClient(_credentials, Configure(new AmazonSQSConfig()));

    /// <param name="tune">Adjusts the client settings (timeouts, retries) for one use, e.g. a counter on a hot path.</param>
    public IAmazonDynamoDB CreateDynamoDb(Action<AmazonDynamoDBConfig>? tune = null)
    {
        var config = Configure(new AmazonDynamoDBConfig());
        tune?.Invoke(config);
        return new AmazonDynamoDBClient(_credentials, config);
    }

    private T Configure<T>(T config)
        where T : ClientConfig
    {
        if (_settings.ServiceUrl is { } url)
        {
            // with an endpoint override the SDK cannot infer the region from the host: sign for ours
            config.ServiceURL = url.ToString();
            config.AuthenticationRegion = _settings.Region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(_settings.Region);
        }

        return config;
    }
}
