using System.Text.Json.Nodes;
using LlmWatch.TestKit;
using LlmWatch.TestKit.Processes;

namespace LlmWatch.Functions.Tests.Template;

/// <summary>The judge path in serverless.template: queue with DLQ, SQS-triggered function, least-privilege IAM.</summary>
public class JudgeTemplateTests
{
    private static readonly string TemplatePath = RepoFiles.Path("serverless.template");

    [Fact]
    public async Task Judge_queue_redrives_to_a_DLQ_after_three_receives_and_outlasts_the_function_timeout()
    {
        var resources = (await TransformAsync())["Resources"]!;
        var queue = resources["JudgeQueue"]!["Properties"]!;
        Assert.Equal(3, (int)queue["RedrivePolicy"]!["maxReceiveCount"]!);
        Assert.Equal(["JudgeDeadLetterQueue", "Arn"], Strings(queue["RedrivePolicy"]!["deadLetterTargetArn"]!["Fn::GetAtt"]!));
        var timeout = (int)resources["JudgeFunction"]!["Properties"]!["Timeout"]!;
        Assert.True((int)queue["VisibilityTimeout"]! >= 6 * timeout, "SQS visibility timeout should be at least 6x the function timeout");
    }

    [Fact]
    public async Task Judge_function_runs_the_judge_handler_from_the_queue_with_partial_batch_failures_and_capped_concurrency()
    {
        var resources = (await TransformAsync())["Resources"]!;
        var props = resources["JudgeFunction"]!["Properties"]!;
        Assert.Equal(("provided.al2023", "judge"), ((string?)props["Runtime"], (string?)props["Handler"]));
        var variables = props["Environment"]!["Variables"]!;
        Assert.Equal("JudgeModelId", (string?)variables["JUDGE_MODEL_ID"]!["Ref"]);
        Assert.Equal("JudgeDailyBudgetUsd", (string?)variables["JUDGE_DAILY_BUDGET_USD"]!["Ref"]);

        var mapping = resources.AsObject().Single(r => (string?)r.Value!["Type"] == "AWS::Lambda::EventSourceMapping" && r.Key.StartsWith("JudgeFunction", StringComparison.Ordinal)).Value!["Properties"]!;
        Assert.Equal(["JudgeQueue", "Arn"], Strings(mapping["EventSourceArn"]!["Fn::GetAtt"]!));
        Assert.Equal(["ReportBatchItemFailures"], Strings(mapping["FunctionResponseTypes"]!));
        Assert.Equal("JudgeMaxConcurrency", (string?)mapping["ScalingConfig"]!["MaximumConcurrency"]!["Ref"]);
    }

    [Fact]
    public async Task Judge_may_invoke_only_the_judge_model_and_consume_only_its_queue()
    {
        var resources = (await TransformAsync())["Resources"]!;
        var role = resources["JudgeFunctionRole"]!["Properties"]!;
        Assert.Null(role["ManagedPolicyArns"]);
        var statements = role["Policies"]!.AsArray().SelectMany(p => p!["PolicyDocument"]!["Statement"]!.AsArray()).ToList();
        var bedrock = statements.Single(s => Strings(s!["Action"]!).Any(a => a.StartsWith("bedrock:", StringComparison.Ordinal)))!;
        Assert.Equal(["bedrock:InvokeModel"], Strings(bedrock["Action"]!));
        var arns = bedrock["Resource"]!.AsArray().Select(r => (string?)r!["Fn::Sub"]).ToList();
        Assert.Contains("arn:${AWS::Partition}:bedrock:*::foundation-model/${JudgeFoundationModelId}", arns);
        Assert.Contains("arn:${AWS::Partition}:bedrock:${AWS::Region}:${AWS::AccountId}:inference-profile/${JudgeModelId}", arns);
        Assert.DoesNotContain(statements, s => s!["Resource"]!.ToJsonString().Contains("\"*\"", StringComparison.Ordinal));
        var sqs = statements.Single(s => Strings(s!["Action"]!).Any(a => a.StartsWith("sqs:", StringComparison.Ordinal)))!;
        Assert.Equal(["JudgeQueue", "Arn"], Strings(sqs["Resource"]!["Fn::GetAtt"]!));
    }

    [Fact]
    public async Task Metrics_function_may_only_send_to_the_judge_queue_and_knows_the_judge_role_to_exclude()
    {
        var resources = (await TransformAsync())["Resources"]!;
        var policy = resources["MetricsFunctionJudgeQueuePolicy"]!["Properties"]!;
        Assert.Equal("MetricsFunctionRole", (string?)policy["Roles"]![0]!["Ref"]);
        var statement = Assert.Single(policy["PolicyDocument"]!["Statement"]!.AsArray())!;
        Assert.Equal("sqs:SendMessage", (string?)statement["Action"]);
        Assert.Equal(["JudgeQueue", "Arn"], Strings(statement["Resource"]!["Fn::GetAtt"]!));

        var variables = resources["MetricsFunction"]!["Properties"]!["Environment"]!["Variables"]!;
        Assert.Equal("JudgeQueue", (string?)variables["JUDGE_QUEUE_URL"]!["Ref"]);
        Assert.Equal("JudgeFunctionRole", (string?)variables["JUDGE_CALLER"]!["Ref"]); // Ref of a role is its name = the Caller dimension
        Assert.Equal("JudgeSampleRate", (string?)variables["JUDGE_SAMPLE_RATE"]!["Ref"]);
    }

    [Fact]
    public async Task Judge_parameters_default_to_a_pinned_model_and_a_five_percent_sample()
    {
        var parameters = (await TransformAsync())["Parameters"]!;
        Assert.Equal("us.anthropic.claude-sonnet-4-20250514-v1:0", (string?)parameters["JudgeModelId"]!["Default"]);
        Assert.Equal(0.05, (double)parameters["JudgeSampleRate"]!["Default"]!);
        Assert.NotNull(parameters["JudgeDailyBudgetUsd"]);
        Assert.NotNull(parameters["JudgeMaxTextChars"]);
    }

    [Fact]
    public async Task Judge_spend_table_is_an_on_demand_counter_with_TTL_that_the_judge_may_only_update_and_read()
    {
        var resources = (await TransformAsync())["Resources"]!;
        var table = resources["JudgeSpendTable"]!;
        Assert.Equal("AWS::DynamoDB::Table", (string?)table["Type"]);
        Assert.Equal(((string?)resources["IncidentsTable"]!["DeletionPolicy"], (string?)resources["IncidentsTable"]!["UpdateReplacePolicy"]),
            ((string?)table["DeletionPolicy"], (string?)table["UpdateReplacePolicy"]));
        var props = table["Properties"]!;
        Assert.Equal("PAY_PER_REQUEST", (string?)props["BillingMode"]);
        var key = Assert.Single(props["KeySchema"]!.AsArray())!;
        Assert.Equal(("Id", "HASH"), ((string?)key["AttributeName"], (string?)key["KeyType"]));
        Assert.Equal(("ExpiresAt", true), ((string?)props["TimeToLiveSpecification"]!["AttributeName"], (bool)props["TimeToLiveSpecification"]!["Enabled"]!));
        Assert.True((bool)props["SSESpecification"]!["SSEEnabled"]!);

        var judge = resources["JudgeFunction"]!;
        Assert.Equal("JudgeSpendTable", (string?)judge["Properties"]!["Environment"]!["Variables"]!["JUDGE_SPEND_TABLE"]!["Ref"]);
        Assert.Contains("JudgeFunctionSpendPolicy", Strings(judge["DependsOn"]!)); // the policy exists before the first invocation

        var policy = resources["JudgeFunctionSpendPolicy"]!["Properties"]!;
        Assert.Equal("JudgeFunctionRole", (string?)Assert.Single(policy["Roles"]!.AsArray())!["Ref"]);
        var statement = Assert.Single(policy["PolicyDocument"]!["Statement"]!.AsArray())!;
        Assert.Equal(["dynamodb:UpdateItem", "dynamodb:GetItem"], Strings(statement["Action"]!));
        Assert.Equal(["JudgeSpendTable", "Arn"], Strings(statement["Resource"]!["Fn::GetAtt"]!));
        var tableUsers = resources.AsObject().Where(r => r.Value!.ToJsonString().Contains("\"JudgeSpendTable\"", StringComparison.Ordinal)).Select(r => r.Key).Order();
        Assert.Equal(["JudgeFunction", "JudgeFunctionSpendPolicy"], tableUsers);
    }

    private static string[] Strings(JsonNode node) =>
        node is JsonArray array ? [.. array.Select(a => (string)a!)] : [(string)node!];

    private static async Task<JsonNode> TransformAsync()
    {
        var script = RepoFiles.Path("test/LlmWatch.Functions.Tests/Template/sam_translate.py");
        var run = await ProcessRunner.RunAsync("python3", [script, TemplatePath], cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(run.ExitCode == 0, run.Combined);
        return JsonNode.Parse(run.StandardOutput)!;
    }
}
