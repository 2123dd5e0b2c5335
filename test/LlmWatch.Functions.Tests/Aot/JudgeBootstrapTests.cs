using System.Text.Json;
using LlmWatch.TestKit;
using LlmWatch.TestKit.Http;
using LlmWatch.TestKit.Judge;
using LlmWatch.TestKit.RuntimeApi;

namespace LlmWatch.Functions.Tests.Aot;

/// <summary>The Native AOT <c>bootstrap</c> as the judge: an SQS event in, signed Converse calls to a fake judge, quality EMF out.</summary>
public class JudgeBootstrapTests(PublishedBootstrap published)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Judges_an_SQS_event_through_signed_Converse_calls_and_writes_quality_EMF()
    {
        Assert.True(published.Publish.ExitCode == 0, published.Publish.Combined);
        await using var judge = new LocalHttpServer(request =>
            request.Header("Authorization")?.Contains("Credential=AKIDAOTJUDGE/", StringComparison.Ordinal) == true
                ? LocalHttpResponse.Json(FakeJudgeReplies.Converse(ScriptedJudgeModel.Verdict(70, 100, 100)))
                : LocalHttpResponse.Json("""{"message":"unsigned"}""", 403).WithHeader("x-amzn-ErrorType", "AccessDeniedException"));
        await using var host = RuntimeApiHost.Start();
        await using var bootstrap = BootstrapProcess.Start(published.BootstrapPath, host.Address, "judge", new Dictionary<string, string>
        {
            ["JUDGE_MODEL_ID"] = "us.anthropic.claude-sonnet-4-20250514-v1:0",
            ["AWS_REGION"] = "us-east-1",
            ["AWS_ENDPOINT_URL"] = judge.Endpoint.ToString(),
            ["AWS_ACCESS_KEY_ID"] = "AKIDAOTJUDGE",
            ["AWS_SECRET_ACCESS_KEY"] = "aot-secret",
            ["AWS_SESSION_TOKEN"] = "",
        });

        var outcome = await host.Enqueue(RepoFiles.ReadEvent("judge-sqs-event.json")).Outcome.WaitAsync(Bound, TestContext.Current.CancellationToken);

        Assert.True(outcome.Kind == RuntimePostKind.Response, outcome.BodyText + bootstrap.Output);
        Assert.Equal("{\"batchItemFailures\":[]}", outcome.BodyText);
        var lines = await bootstrap.WaitForStdoutAsync(l => l.Count(x => x.Contains("CompositeScore", StringComparison.Ordinal)) >= 2, Bound);
        var emf = lines.Where(l => l.Contains("\"_aws\"", StringComparison.Ordinal)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, emf.Count);
        Assert.All(emf, e => Assert.Equal("[90]", e.GetProperty("CompositeScore").GetRawText()));
        Assert.Equal(2, judge.Requests.Count);
        Assert.All(judge.Requests, r => Assert.Equal("/model/us.anthropic.claude-sonnet-4-20250514-v1%3A0/converse", r.RawPath));
    }
}
