using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LlmWatch.TestKit;
using LlmWatch.TestKit.Processes;

namespace LlmWatch.Functions.Tests.Template;

/// <summary>serverless.template lints clean, transforms like CloudFormation would, and wires the metrics path.</summary>
public class ServerlessTemplateTests
{
    private static readonly string TemplatePath = RepoFiles.Path("serverless.template");

    [Fact]
    public async Task Cfn_lint_reports_no_errors_and_no_warnings()
    {
        var lint = await ProcessRunner.RunAsync("cfn-lint", [TemplatePath], RepoFiles.Root, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(lint.ExitCode == 0, lint.Combined);
        Assert.Equal(string.Empty, lint.Combined.Trim());
    }

    [Fact]
    public async Task Transforms_to_a_provided_al2023_function_with_handler_metrics()
    {
        var resources = (await TransformAsync())["Resources"]!;

        var function = resources["MetricsFunction"]!;
        Assert.Equal("AWS::Lambda::Function", (string?)function["Type"]);
        var props = function["Properties"]!;
        Assert.Equal("provided.al2023", (string?)props["Runtime"]);
        Assert.Equal("metrics", (string?)props["Handler"]);
        Assert.Equal(["x86_64"], props["Architectures"]!.AsArray().Select(a => (string?)a));
        Assert.Equal("MetricsNamespace", (string?)props["Environment"]!["Variables"]!["METRICS_NAMESPACE"]!["Ref"]);
    }

    [Theory]
    [InlineData("MetricsFunction")]
    [InlineData("JudgeFunction")]
    [InlineData("AlarmFunction")]
    public async Task Every_function_that_prices_tokens_gets_the_stacks_price_file(string function)
    {
        var resources = (await TransformAsync())["Resources"]!;

        Assert.Equal("PriceFile", (string?)resources[function]!["Properties"]!["Environment"]!["Variables"]!["PRICE_FILE"]!["Ref"]);
    }

    [Fact]
    public async Task Subscription_filter_sends_every_event_of_the_invocation_log_group_to_the_function()
    {
        var resources = (await TransformAsync())["Resources"]!;

        var filter = resources["MetricsSubscriptionFilter"]!;
        Assert.Equal("AWS::Logs::SubscriptionFilter", (string?)filter["Type"]);
        Assert.Equal(string.Empty, (string?)filter["Properties"]!["FilterPattern"]);
        Assert.Equal("InvocationLogGroupName", (string?)filter["Properties"]!["LogGroupName"]!["Ref"]);
        Assert.Equal(["MetricsFunction", "Arn"], filter["Properties"]!["DestinationArn"]!["Fn::GetAtt"]!.AsArray().Select(a => (string?)a));
        // Logs checks it may invoke the function when the filter is created.
        Assert.Contains("MetricsInvokePermission", filter["DependsOn"]!.AsArray().Select(a => (string?)a));

        var permission = resources["MetricsInvokePermission"]!["Properties"]!;
        Assert.Equal("logs.amazonaws.com", (string?)permission["Principal"]);
        Assert.Equal("lambda:InvokeFunction", (string?)permission["Action"]);
        Assert.Contains("log-group:${InvocationLogGroupName}:*", (string?)permission["SourceArn"]!["Fn::Sub"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Function_has_its_own_log_group_with_retention_and_may_write_only_there()
    {
        var resources = (await TransformAsync())["Resources"]!;

        var logGroup = resources["MetricsFunctionLogGroup"]!["Properties"]!;
        Assert.Equal("/aws/lambda/${MetricsFunction}", (string?)logGroup["LogGroupName"]!["Fn::Sub"]);
        Assert.Equal("LogRetentionDays", (string?)logGroup["RetentionInDays"]!["Ref"]);

        var role = resources["MetricsFunctionRole"]!["Properties"]!;
        Assert.Null(role["ManagedPolicyArns"]);
        Assert.Null(role["Policies"]);
        var statement = Assert.Single(resources["MetricsFunctionLogPolicy"]!["Properties"]!["PolicyDocument"]!["Statement"]!.AsArray())!;
        Assert.Equal(["logs:CreateLogStream", "logs:PutLogEvents"], statement["Action"]!.AsArray().Select(a => (string?)a));
        Assert.Equal(["MetricsFunctionLogGroup", "Arn"], statement["Resource"]!["Fn::GetAtt"]!.AsArray().Select(a => (string?)a));
    }

    [Fact]
    public async Task Log_retention_offers_exactly_the_values_CloudWatch_Logs_accepts()
    {
        var parameter = (await ReadTemplateAsync())["Parameters"]!["LogRetentionDays"]!;

        int[] cloudWatch = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];
        Assert.Equal(cloudWatch, parameter["AllowedValues"]!.AsArray().Select(v => (int)v!));
    }

    [Fact]
    public async Task Every_makefile_built_function_has_a_build_target()
    {
        var makefile = await File.ReadAllTextAsync(RepoFiles.Path("Makefile"), TestContext.Current.CancellationToken);
        var functions = (await ReadTemplateAsync())["Resources"]!.AsObject()
            .Where(r => r.Value is JsonObject) // Fn::ForEach loops (per-model alarms) are arrays
            .Where(r => (string?)r.Value!["Type"] == "AWS::Serverless::Function"
                        && (string?)r.Value!["Metadata"]?["BuildMethod"] == "makefile")
            .Select(r => r.Key)
            .ToList();

        Assert.Contains("MetricsFunction", functions);
        Assert.All(functions, id => Assert.Matches(new Regex($"^build-{id}:", RegexOptions.Multiline), makefile));
    }

    [Fact]
    public async Task Samconfig_deploys_stack_llmwatch_with_iam_capability()
    {
        var script = """
            import json, sys, tomllib
            c = tomllib.load(open(sys.argv[1], "rb"))
            print(json.dumps({"version": c["version"], **c["default"]["deploy"]["parameters"]}))
            """;
        var run = await ProcessRunner.RunAsync("python3", ["-c", script, RepoFiles.Path("samconfig.toml")], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 0, run.Combined);
        var deploy = JsonNode.Parse(run.StandardOutput)!;
        Assert.Equal(0.1, (double)deploy["version"]!);
        Assert.Equal("llmwatch", (string?)deploy["stack_name"]);
        Assert.Equal("CAPABILITY_IAM", (string?)deploy["capabilities"]);
        Assert.True((bool)deploy["resolve_s3"]!);
        Assert.True((bool)deploy["confirm_changeset"]!);
        Assert.Contains("InvocationLogGroupName=", (string?)deploy["parameter_overrides"], StringComparison.Ordinal);
    }

    private static async Task<JsonNode> ReadTemplateAsync() =>
        JsonNode.Parse(await File.ReadAllTextAsync(TemplatePath, TestContext.Current.CancellationToken))!;

    private static async Task<JsonNode> TransformAsync()
    {
        var script = RepoFiles.Path("test/LlmWatch.Functions.Tests/Template/sam_translate.py");
        var run = await ProcessRunner.RunAsync("python3", [script, TemplatePath], cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(run.ExitCode == 0, run.Combined);
        return JsonNode.Parse(run.StandardOutput)!;
    }
}
