using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using LlmWatch.Aws.Tests.Moto;
using LlmWatch.TestKit.Aws;

namespace LlmWatch.Aws.Tests.DynamoDb;

public class AwsSdkClientFactoryTests(MotoServer moto)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DynamoDB_client_from_settings_creates_writes_and_reads_through_the_endpoint_override()
    {
        using var aws = new MotoAws(moto);
        using var dynamo = aws.Sdk.CreateDynamoDb();
        var table = MotoAws.UniqueName("incidents");
        await dynamo.CreateTableAsync(new CreateTableRequest
        {
            TableName = table,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
            BillingMode = BillingMode.PAY_PER_REQUEST,
        }, Ct);
        var key = new Dictionary<string, AttributeValue> { ["pk"] = new("alarm-arn#2025-01-01T00:00:00Z") };

        await dynamo.PutItemAsync(new PutItemRequest
        {
            TableName = table,
            Item = new(key) { ["tier"] = new() { N = "0" } },
            ConditionExpression = "attribute_not_exists(pk)",
        }, Ct);
        var item = (await dynamo.GetItemAsync(new GetItemRequest { TableName = table, Key = key, ConsistentRead = true }, Ct)).Item;
        // the idempotent incident write: a second conditional put of the same key is refused
        var duplicate = await Assert.ThrowsAsync<ConditionalCheckFailedException>(() => dynamo.PutItemAsync(new PutItemRequest
        {
            TableName = table,
            Item = new(key) { ["tier"] = new() { N = "1" } },
            ConditionExpression = "attribute_not_exists(pk)",
        }, Ct));

        Assert.Equal("0", item["tier"].N);
        Assert.NotNull(duplicate);
    }

    [Fact]
    public async Task Sdk_clients_sign_with_the_given_credentials()
    {
        using var aws = new MotoAws(moto, secretKeyOverride: "wrong-secret-wrong-secret-wrong-secret-00");
        using var dynamo = aws.Sdk.CreateDynamoDb();

        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => dynamo.ListTablesAsync(Ct));

        Assert.Equal("SignatureDoesNotMatch", error.ErrorCode);
    }
}
