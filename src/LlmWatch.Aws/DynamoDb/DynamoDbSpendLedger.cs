using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using LlmWatch.Core.Ports;

namespace LlmWatch.Aws.DynamoDb;

/// <summary>
/// The judge's spend per UTC day in one DynamoDB row (hash key <see cref="KeyAttribute"/> =
/// <c>judge-spend#yyyy-MM-dd</c>) shared by every container. An add is one <c>UpdateItem ... ADD</c>, applied
/// atomically by DynamoDB, so concurrent containers never lose an increment; a read is a consistent <c>GetItem</c>.
/// Amounts are stored as integer micro-dollars: integer adds are exact and order-independent, whereas a double's
/// decimal text would carry binary rounding noise into every sum; one micro-dollar is about 1/5000 of the cheapest
/// judge call, and adds round to the nearest one.
/// </summary>
internal sealed class DynamoDbSpendLedger(IAmazonDynamoDB dynamo, string tableName) : IJudgeSpendLedger
{
    public const string KeyAttribute = "Id";
    public const string SpendAttribute = "SpendMicroUsd";
    public const string ExpiresAttribute = "ExpiresAt";

    /// <summary>A row expires (TTL) this long after its day starts, i.e. two days after it ends.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(3);

    private const double MicrosPerUsd = 1_000_000;

    /// <summary>
    /// Client settings for the counter on the judge's path: one retry, and HTTP timeouts that only catch a broken
    /// connection. Failing fast is <c>FallbackSpendLedger</c>'s job (a per-call deadline on the injected clock), so the
    /// budget's behaviour does not hinge on how long a busy host takes to answer.
    /// </summary>
    public static void ClientSettings(AmazonDynamoDBConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Timeout = TimeSpan.FromSeconds(30);
        config.ConnectTimeout = TimeSpan.FromSeconds(10);
        config.MaxErrorRetry = 1;
    }

    public static string KeyOf(DateOnly day) => "judge-spend#" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static long ExpiresAtOf(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).Add(Retention).ToUnixTimeSeconds();

    public static long ToMicros(double usd) =>
        double.IsFinite(usd) && usd >= 0
            ? (long)Math.Round(usd * MicrosPerUsd, MidpointRounding.AwayFromZero)
            : throw new ArgumentOutOfRangeException(nameof(usd), usd, "spend must be a finite, non-negative amount");

    public async Task<double> AddAsync(DateOnly day, double usd, CancellationToken cancellationToken)
    {
        var response = await dynamo.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = tableName,
            Key = Key(day),
            UpdateExpression = "ADD #spend :micros SET #expires = :expires",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#spend"] = SpendAttribute, ["#expires"] = ExpiresAttribute },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":micros"] = Number(ToMicros(usd)),
                [":expires"] = Number(ExpiresAtOf(day)),
            },
            ReturnValues = ReturnValue.UPDATED_NEW,
        }, cancellationToken);
        return Usd(response.Attributes);
    }

    public async Task<double> GetAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var response = await dynamo.GetItemAsync(new GetItemRequest
        {
            TableName = tableName,
            Key = Key(day),
            ConsistentRead = true,
            ProjectionExpression = "#spend",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#spend"] = SpendAttribute },
        }, cancellationToken);
        return Usd(response.Item);
    }

    private static Dictionary<string, AttributeValue> Key(DateOnly day) => new() { [KeyAttribute] = new AttributeValue { S = KeyOf(day) } };

    private static AttributeValue Number(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    private static double Usd(Dictionary<string, AttributeValue>? item) =>
        item is not null && item.TryGetValue(SpendAttribute, out var value) && value.N is { } n
            ? long.Parse(n, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) / MicrosPerUsd
            : 0;
}
