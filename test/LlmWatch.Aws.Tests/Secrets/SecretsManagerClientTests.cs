using LlmWatch.Aws.Errors;
using LlmWatch.Aws.Secrets;
using LlmWatch.Aws.Signing;
using LlmWatch.Aws.Tests.Moto;
using LlmWatch.Aws.Transport;
using LlmWatch.TestKit.Aws;
using Polly;

namespace LlmWatch.Aws.Tests.Secrets;

public class SecretsManagerClientTests(MotoServer moto)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reads_the_secret_string_generated_at_deploy_time()
    {
        using var aws = new MotoAws(moto);
        var name = MotoAws.UniqueName("ack-secret");
        var created = await aws.JsonAsync(AwsService.SecretsManager, "secretsmanager.CreateSecret", "1.1",
            $$"""{"Name":"{{name}}","SecretString":"s3cr3t-value-for-hmac-0123456789"}""");
        var arn = System.Text.Json.JsonDocument.Parse(created).RootElement.GetProperty("ARN").GetString()!;
        var client = new SecretsManagerClient(new AwsTransport(aws.Http.Create(AwsService.SecretsManager), "SecretsManager", ResiliencePipeline.Empty));

        Assert.Equal("s3cr3t-value-for-hmac-0123456789", await client.GetSecretStringAsync(arn, Ct));
        var missing = await Assert.ThrowsAsync<AwsServiceException>(() => client.GetSecretStringAsync(name + "-missing", Ct));
        Assert.Equal("ResourceNotFoundException", missing.Code);
    }
}
