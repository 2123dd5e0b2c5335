using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace LlmWatch.TestKit.Aws;

/// <summary>The judge spend table as serverless.template defines it (hash key <c>Id</c>, on demand, TTL on <c>ExpiresAt</c>), created in moto.</summary>
public static class MotoSpendTable
{
    public static async Task<string> CreateAsync(IAmazonDynamoDB dynamo, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dynamo);
        var name = MotoOnCall.Unique("judge-spend");
        await dynamo.CreateTableAsync(new CreateTableRequest
        {
            TableName = name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [new("Id", ScalarAttributeType.S)],
            KeySchema = [new("Id", KeyType.HASH)],
        }, ct);
        await dynamo.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest
        {
            TableName = name,
            TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = "ExpiresAt", Enabled = true },
        }, ct);
        return name;
    }
}
