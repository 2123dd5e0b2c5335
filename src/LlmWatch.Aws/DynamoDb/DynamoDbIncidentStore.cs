using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.Ports;

namespace LlmWatch.Aws.DynamoDb;

/// <summary>Incidents in DynamoDB (hash AlarmArn, range StateChangeTime) with conditional writes: create-once and version checks.</summary>
internal sealed class DynamoDbIncidentStore(IAmazonDynamoDB dynamo, string tableName) : IIncidentStore
{
    public async Task<bool> TryCreateAsync(Incident incident, CancellationToken cancellationToken)
    {
        try
        {
            await dynamo.PutItemAsync(new PutItemRequest
            {
                TableName = tableName,
                Item = IncidentItem.ToItem(incident),
                ConditionExpression = "attribute_not_exists(#h)",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#h"] = IncidentItem.HashKey },
            }, cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    public async Task<Incident?> GetAsync(string alarmArn, string stateChangeTime, CancellationToken cancellationToken)
    {
        var response = await dynamo.GetItemAsync(new GetItemRequest
        {
            TableName = tableName,
            Key = new Dictionary<string, AttributeValue>
            {
                [IncidentItem.HashKey] = IncidentItem.S(alarmArn),
                [IncidentItem.RangeKey] = IncidentItem.S(stateChangeTime),
            },
            ConsistentRead = true,
        }, cancellationToken);
        return response.Item is { Count: > 0 } item ? IncidentItem.FromItem(item) : null;
    }

    public async Task<Incident?> FindLatestAsync(string alarmArn, CancellationToken cancellationToken)
    {
        // StateChangeTime strings share one fixed format, so their order is time order.
        var response = await dynamo.QueryAsync(new QueryRequest
        {
            TableName = tableName,
            KeyConditionExpression = "#h = :arn",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#h"] = IncidentItem.HashKey },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":arn"] = IncidentItem.S(alarmArn) },
            ScanIndexForward = false,
            Limit = 1,
            ConsistentRead = true,
        }, cancellationToken);
        return response.Items is { Count: > 0 } items ? IncidentItem.FromItem(items[0]) : null;
    }

    public async Task<bool> TryUpdateAsync(Incident updated, int expectedVersion, CancellationToken cancellationToken)
    {
        try
        {
            await dynamo.PutItemAsync(new PutItemRequest
            {
                TableName = tableName,
                Item = IncidentItem.ToItem(updated),
                ConditionExpression = "#v = :expected",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#v"] = "Version" },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":expected"] = IncidentItem.N(expectedVersion) },
            }, cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }
}
