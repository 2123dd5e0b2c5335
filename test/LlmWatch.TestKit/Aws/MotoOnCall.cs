using System.Xml.Linq;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace LlmWatch.TestKit.Aws;

/// <summary>Creates on-call resources in moto (incident table, queues, tier topics with SQS subscriptions, alarms), all signed.</summary>
public sealed class MotoOnCall : IDisposable
{
    private readonly HttpClient _sns;
    private readonly HttpClient _cloudWatch;

    public MotoOnCall(MotoServer moto)
    {
        Moto = moto;
        Credentials = new BasicAWSCredentials(moto.AccessKeyId, moto.SecretAccessKey);
        var region = RegionEndpoint.GetBySystemName(moto.Region);
        _sns = new HttpClient(new SigV4SigningHandler(Credentials, region, "sns", new SocketsHttpHandler()));
        _cloudWatch = new HttpClient(new SigV4SigningHandler(Credentials, region, "monitoring", new SocketsHttpHandler()));
        Sqs = new AmazonSQSClient(Credentials, new AmazonSQSConfig { ServiceURL = moto.Endpoint.ToString(), AuthenticationRegion = moto.Region });
        Dynamo = new AmazonDynamoDBClient(Credentials, new AmazonDynamoDBConfig { ServiceURL = moto.Endpoint.ToString(), AuthenticationRegion = moto.Region });
    }

    public MotoServer Moto { get; }
    public AWSCredentials Credentials { get; }
    public IAmazonSQS Sqs { get; }
    public IAmazonDynamoDB Dynamo { get; }

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>The incidents table as the template defines it: hash AlarmArn, range StateChangeTime, on demand.</summary>
    public async Task<string> CreateIncidentTableAsync(CancellationToken ct)
    {
        var name = Unique("incidents");
        await Dynamo.CreateTableAsync(new CreateTableRequest
        {
            TableName = name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [new("AlarmArn", ScalarAttributeType.S), new("StateChangeTime", ScalarAttributeType.S)],
            KeySchema = [new("AlarmArn", KeyType.HASH), new("StateChangeTime", KeyType.RANGE)],
        }, ct);
        return name;
    }

    public async Task<(string Url, string Arn)> CreateQueueAsync(string prefix, CancellationToken ct)
    {
        var url = (await Sqs.CreateQueueAsync(Unique(prefix), ct)).QueueUrl;
        var arn = (await Sqs.GetQueueAttributesAsync(url, ["QueueArn"], ct)).QueueARN;
        return (url, arn);
    }

    /// <summary>A topic with an SQS queue subscribed, so a test can read what was published.</summary>
    public async Task<(string TopicArn, string QueueUrl)> CreateTopicWithQueueAsync(string prefix, CancellationToken ct)
    {
        var topic = Text(await QueryAsync(_sns, "2010-03-31", ct, ("Action", "CreateTopic"), ("Name", Unique(prefix))), "TopicArn");
        var (url, arn) = await CreateQueueAsync(prefix + "-inbox", ct);
        await QueryAsync(_sns, "2010-03-31", ct, ("Action", "Subscribe"), ("TopicArn", topic), ("Protocol", "sqs"), ("Endpoint", arn));
        return (topic, url);
    }

    /// <summary>A metric alarm forced into <paramref name="state"/> with SetAlarmState.</summary>
    public async Task PutAlarmAsync(string name, string state, CancellationToken ct)
    {
        await QueryAsync(_cloudWatch, "2010-08-01", ct, ("Action", "PutMetricAlarm"), ("AlarmName", name), ("MetricName", "Errors"),
            ("Namespace", "LlmWatch"), ("Statistic", "Sum"), ("Period", "60"), ("EvaluationPeriods", "1"), ("Threshold", "5"),
            ("ComparisonOperator", "GreaterThanThreshold"));
        await SetAlarmStateAsync(name, state, ct);
    }

    public Task SetAlarmStateAsync(string name, string state, CancellationToken ct) =>
        QueryAsync(_cloudWatch, "2010-08-01", ct, ("Action", "SetAlarmState"), ("AlarmName", name), ("StateValue", state),
            ("StateReason", "set by test"));

    /// <summary>Drains the queue (messages visible now), returning their bodies.</summary>
    public async Task<IReadOnlyList<string>> DrainAsync(string queueUrl, CancellationToken ct)
    {
        var bodies = new List<string>();
        while (true)
        {
            var received = await Sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl, MaxNumberOfMessages = 10 }, ct);
            if (received.Messages is not { Count: > 0 } messages)
                return bodies;
            foreach (var m in messages)
            {
                bodies.Add(m.Body);
                await Sqs.DeleteMessageAsync(queueUrl, m.ReceiptHandle, ct);
            }
        }
    }

    private async Task<XDocument> QueryAsync(HttpClient http, string version, CancellationToken ct, params (string Name, string Value)[] parameters)
    {
        var form = parameters.Append(("Version", version)).Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2));
        using var request = new HttpRequestMessage(HttpMethod.Post, Moto.Endpoint) { Content = new FormUrlEncodedContent(form) };
        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"moto {parameters[0].Value} failed: {(int)response.StatusCode} {body}");
        return XDocument.Parse(body);
    }

    private static string Text(XDocument doc, string element) => doc.Descendants().First(e => e.Name.LocalName == element).Value;

    public void Dispose()
    {
        _sns.Dispose();
        _cloudWatch.Dispose();
        Sqs.Dispose();
        Dynamo.Dispose();
    }
}
