using Amazon.Runtime;
using LlmWatch.Aws.CloudWatch;
using LlmWatch.Aws.Configuration;
using LlmWatch.Aws.Tests.Moto;
using LlmWatch.TestKit.Aws;

namespace LlmWatch.Aws.Tests.Configuration;

public class AwsClientFactoryTests(MotoServer moto)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_client_reaches_the_single_endpoint_override_signed()
    {
        using var factory = new AwsClientFactory(new AwsSettings(moto.Region, moto.Endpoint),
            new BasicAWSCredentials(moto.AccessKeyId, moto.SecretAccessKey), TimeProvider.System);
        var sqs = new Aws.Sqs.SqsQueueClient(factory.CreateSqs());
        using var aws = new MotoAws(moto);
        using var sdk = aws.Sdk.CreateSqs();
        var queueUrl = (await sdk.CreateQueueAsync(MotoAws.UniqueName("factory"), Ct)).QueueUrl;

        var alarms = await factory.CreateCloudWatch().DescribeAlarmsAsync(AlarmFilter.ByPrefix(MotoAws.UniqueName("none")), Ct);
        var queryId = await factory.CreateLogsInsights().StartQueryAsync(
            new Aws.Logs.LogsQuery([await CreateGroupAsync()], TimeProvider.System.GetUtcNow().AddHours(-1),
                TimeProvider.System.GetUtcNow(), "fields @message"), Ct);
        var messageId = await sqs.SendMessageAsync(queueUrl, "hello", TimeSpan.Zero, null, Ct);
        var tables = await factory.CreateDynamoDb().ListTablesAsync(Ct);

        Assert.Empty(alarms.MetricAlarms);
        Assert.False(string.IsNullOrEmpty(queryId));
        Assert.False(string.IsNullOrEmpty(messageId));
        Assert.Equal(System.Net.HttpStatusCode.OK, tables.HttpStatusCode);
    }

    [Fact]
    public void Regional_endpoints_are_used_without_an_override()
    {
        var settings = new AwsSettings("eu-central-1");

        Assert.Equal(new Uri("https://bedrock-runtime.eu-central-1.amazonaws.com/"),
            Aws.Signing.AwsEndpoints.Resolve(settings, Aws.Signing.AwsService.BedrockRuntime));
        Assert.Equal(new Uri("https://monitoring.eu-central-1.amazonaws.com/"),
            Aws.Signing.AwsEndpoints.Resolve(settings, Aws.Signing.AwsService.CloudWatch));
        Assert.Equal(new Uri("https://logs.cn-north-1.amazonaws.com.cn/"),
            Aws.Signing.AwsEndpoints.Resolve(new AwsSettings("cn-north-1"), Aws.Signing.AwsService.Logs));
    }

    private async Task<string> CreateGroupAsync()
    {
        using var aws = new MotoAws(moto);
        var group = "/llmwatch/" + MotoAws.UniqueName("g");
        await aws.JsonAsync(Aws.Signing.AwsService.Logs, "Logs_20140328.CreateLogGroup", "1.1", $$"""{"logGroupName":"{{group}}"}""");
        return group;
    }
}
