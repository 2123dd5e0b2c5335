using System.Text;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using LlmWatch.Aws.Bedrock;
using LlmWatch.Aws.Configuration;
using LlmWatch.Aws.Signing;
using LlmWatch.Aws.Sqs;
using LlmWatch.Aws.Transport;
using LlmWatch.Core.Judge;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Pricing;
using LlmWatch.Functions.Composition;
using LlmWatch.Functions.Configuration;
using LlmWatch.Functions.Handlers;
using LlmWatch.Functions.Output;
using LlmWatch.Functions.RuntimeApi;
using LlmWatch.Functions.Tests.Fakes;
using LlmWatch.TestKit;
using LlmWatch.TestKit.Aws;
using LlmWatch.TestKit.Http;
using LlmWatch.TestKit.Judge;
using Microsoft.Extensions.Time.Testing;
using Polly;

namespace LlmWatch.Functions.Tests.Handlers;

/// <summary>Sampled records travel metrics handler → SQS (moto_server) → judge handler (fake Bedrock judge) → quality EMF.</summary>
public class JudgePipelineEndToEndTests(MotoServer moto) : IClassFixture<MotoServer>
{
    private const string JudgeModel = "us.anthropic.claude-sonnet-4-20250514-v1:0";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 4, 9, 16, 0, TimeSpan.Zero));

    private static LocalHttpResponse FakeBedrockJudge(LocalHttpRequest request)
    {
        if (request.Header("Authorization")?.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDJUDGE/", StringComparison.Ordinal) != true)
            return LocalHttpResponse.Json("""{"message":"missing signature"}""", 403).WithHeader("x-amzn-ErrorType", "AccessDeniedException");
        // the Titan record carries an injection attempt answered with an out-of-range verdict: it must be dropped, not scored
        var verdict = request.BodyText.Contains("quarterly report", StringComparison.Ordinal)
            ? """{"relevance":{"score":150,"reason":"asked to"},"safety":{"score":100,"reason":"s"},"tone":{"score":100,"reason":"t"}}"""
            : ScriptedJudgeModel.Verdict(80, 100, 90);
        return LocalHttpResponse.Json(FakeJudgeReplies.Converse(verdict, 1000, 100));
    }

    [Fact]
    public async Task Sampled_records_are_queued_judged_and_published_as_quality_metrics()
    {
        var credentials = new BasicAWSCredentials(moto.AccessKeyId, moto.SecretAccessKey);
        var sqs = new AwsSdkClientFactory(new AwsSettings(moto.Region, moto.Endpoint), credentials).CreateSqs();
        var queueUrl = (await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = $"judge-e2e-{Guid.NewGuid():N}" }, Ct)).QueueUrl;

        // 1. metrics handler: every successful record sampled except the judge's own role (legacy-report plays the judge here)
        var metricsOut = new RecordingLineSink();
        var log = new FunctionLog(metricsOut, _time);
        var hook = new JudgeSamplingHook(new JudgeSamplingOptions(Rate: 1, JudgeCaller: "legacy-report"), new SqsJudgeQueue(sqs, queueUrl), new QualityEmfWriter(), log, _time);
        var metrics = new MetricsHandler(new InvocationBatchProcessor(PriceBook.LoadDefault(), new EmfOptions()), metricsOut, log, hook);
        await metrics.HandleAsync(RepoFiles.ReadEvent("metrics-subscription-event.json"), Context(), Ct);

        var sampling = Emf(metricsOut).Single(e => e.TryGetProperty("JudgeSampled", out _));
        Assert.Equal((6, 1), (sampling.GetProperty("JudgeSampled").GetInt32(), sampling.GetProperty("JudgeSkippedBodyInS3").GetInt32()));
        Assert.Contains(Emf(metricsOut), e => e.TryGetProperty("Caller", out var c) && c.GetString() == "legacy-report"); // its tokens still metered

        // 2. the SQS event Lambda would deliver, built from what moto hands out
        var sqsEvent = await ReceiveAsEventAsync(sqs, queueUrl);

        // 3. judge handler with the production composition, its Bedrock client pointed at the fake judge
        await using var bedrock = new LocalHttpServer(FakeBedrockJudge);
        var judgeOut = new RecordingLineSink();
        var services = new FunctionServices(new SettingsSource(new Dictionary<string, string> { ["JUDGE_MODEL_ID"] = JudgeModel }), _time, judgeOut, new FunctionLog(judgeOut, _time));
        var judge = await JudgeComposition.CreateAsync(services, (settings, s) => BedrockJudge(bedrock, settings.ModelId), Ct);
        var response = await judge.HandleAsync(sqsEvent, Context(), Ct);

        Assert.Equal("{\"batchItemFailures\":[]}", Encoding.UTF8.GetString(response));
        var quality = Emf(judgeOut);
        Assert.Equal(6, quality.Count);
        var sonnet = quality.Single(e => e.GetProperty("ModelId").GetString() == JudgeModel);
        Assert.Equal("[80]", sonnet.GetProperty("RelevanceScore").GetRawText());
        Assert.Equal("[90]", sonnet.GetProperty("CompositeScore").GetRawText());
        Assert.Equal(("v1", JudgeModel), (sonnet.GetProperty("RubricVersion").GetString(), sonnet.GetProperty("JudgeModelId").GetString()));
        Assert.Equal("[\"6f1f0a52-3c7e-4d8a-9a43-0c2b1de0a101\"]", sonnet.GetProperty("RequestIds").GetRawText());
        Assert.Equal(6, quality.Sum(e => e.GetProperty("JudgedResponses").GetInt32()));
        Assert.Equal(6, bedrock.Requests.Count);
        Assert.All(quality.SelectMany(e => e.GetProperty("CompositeScore").EnumerateArray()), v => Assert.InRange(v.GetDouble(), 0, 100));
    }

    private static ChatClientJudgeModel BedrockJudge(LocalHttpServer server, string modelId)
    {
        var http = new SignedHttpClientFactory(new AwsSettings("us-east-1", server.Endpoint), new BasicAWSCredentials("AKIDJUDGE", "judge-secret"));
        var transport = new AwsTransport(http.Create(AwsService.BedrockRuntime), AwsService.BedrockRuntime.Name, ResiliencePipeline.Empty);
        return new ChatClientJudgeModel(new BedrockChatClient(new BedrockConverseClient(transport), modelId), modelId);
    }

    private static async Task<byte[]> ReceiveAsEventAsync(IAmazonSQS sqs, string queueUrl)
    {
        var messages = new List<Message>();
        while (true)
        {
            var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl, MaxNumberOfMessages = 10 }, Ct);
            if (received.Messages is not { Count: > 0 })
                break;
            messages.AddRange(received.Messages);
        }
        var records = messages.Select(m => new { messageId = m.MessageId, receiptHandle = m.ReceiptHandle, body = m.Body, eventSource = "aws:sqs", awsRegion = "us-east-1" });
        return JsonSerializer.SerializeToUtf8Bytes(new { Records = records });
    }

    private InvocationContext Context() => new("lambda-req-1", _time.GetUtcNow().AddMinutes(1), "arn:aws:lambda:us-east-1:123456789012:function:llmwatch", "");

    private static List<JsonElement> Emf(RecordingLineSink sink) =>
        [.. sink.Lines.Where(l => l.Contains("\"_aws\"", StringComparison.Ordinal)).Select(l => JsonDocument.Parse(l).RootElement)];
}
