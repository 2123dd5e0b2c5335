using System.Text.Json.Nodes;
using LlmWatch.Functions.Configuration;
using LlmWatch.TestKit;
using LlmWatch.TestKit.Processes;

namespace LlmWatch.Functions.Tests.Template;

/// <summary>The on-call part of serverless.template: topics, incidents table, escalation queue, three functions, ack URL.</summary>
public class OnCallTemplateTests
{
    private static async Task<JsonNode> ResourcesAsync()
    {
        var script = RepoFiles.Path("test/LlmWatch.Functions.Tests/Template/sam_translate.py");
        var run = await ProcessRunner.RunAsync("python3", [script, RepoFiles.Path("serverless.template")], cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(run.ExitCode == 0, run.Combined);
        return JsonNode.Parse(run.StandardOutput)!["Resources"]!;
    }

    private static IEnumerable<string?> Strings(JsonNode? node) => node!.AsArray().Select(a => (string?)a);

    private static IEnumerable<string?> Actions(JsonNode? statement) =>
        statement!["Action"] is JsonArray a ? a.Select(x => (string?)x) : [(string?)statement["Action"]];

    [Theory]
    [InlineData("AlarmFunction", "alarm")]
    [InlineData("EscalateFunction", "escalate")]
    [InlineData("AckFunction", "ack")]
    public async Task On_call_functions_run_the_same_bootstrap_with_their_handler(string id, string handler)
    {
        var props = (await ResourcesAsync())[id]!["Properties"]!;
        Assert.Equal("provided.al2023", (string?)props["Runtime"]);
        Assert.Equal(handler, (string?)props["Handler"]);
        var env = props["Environment"]!["Variables"]!.AsObject();
        Assert.Contains(OnCallSettings.TableVariable, env.Select(e => e.Key));
        Assert.Contains(OnCallSettings.AckSecretVariable, env.Select(e => e.Key));
    }

    [Fact]
    public async Task Paging_functions_get_every_setting_they_read()
    {
        var env = (await ResourcesAsync())["AlarmFunction"]!["Properties"]!["Environment"]!["Variables"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Equivalent(new[]
        {
            OnCallSettings.TierTopicsVariable, OnCallSettings.TierDelaysVariable, OnCallSettings.TableVariable, OnCallSettings.QueueVariable,
            OnCallSettings.AckSecretVariable, OnCallSettings.AckUrlVariable, OnCallSettings.DashboardVariable, OnCallSettings.IncludeTextVariable,
            OnCallSettings.LogGroupsVariable, OnCallSettings.JudgeLogGroupVariable,
        }, env);
    }

    [Fact]
    public async Task Tier_topics_are_encrypted_and_email_subscriptions_are_conditional()
    {
        var resources = await ResourcesAsync();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal("TopicKey", (string?)resources[$"Tier{i}Topic"]!["Properties"]!["KmsMasterKeyId"]!["Ref"]);
            var subscription = resources[$"Tier{i}EmailSubscription"]!;
            Assert.Equal($"HasTier{i}Email", (string?)subscription["Condition"]);
            Assert.Equal("email", (string?)subscription["Properties"]!["Protocol"]);
        }
        var topicPolicy = resources["AlarmTopicPolicy"]!["Properties"]!["PolicyDocument"]!["Statement"]![0]!;
        Assert.Equal("cloudwatch.amazonaws.com", (string?)topicPolicy["Principal"]!["Service"]);
    }

    [Fact]
    public async Task Every_topic_is_encrypted_with_the_customer_managed_key_cloudwatch_may_use()
    {
        var resources = (await ResourcesAsync()).AsObject();
        var topics = resources.Where(r => (string?)r.Value!["Type"] == "AWS::SNS::Topic").ToList();
        Assert.Equal(["AlarmTopic", "Tier0Topic", "Tier1Topic", "Tier2Topic", "Tier3Topic"], topics.Select(t => t.Key).Order(StringComparer.Ordinal));
        // CloudWatch alarms cannot publish to a topic encrypted with the AWS-managed aws/sns key.
        Assert.All(topics, t => Assert.Equal("TopicKey", (string?)t.Value!["Properties"]!["KmsMasterKeyId"]!["Ref"]));

        var key = resources["TopicKey"]!;
        Assert.Equal("AWS::KMS::Key", (string?)key["Type"]);
        Assert.True((bool)key["Properties"]!["EnableKeyRotation"]!);
        var statements = key["Properties"]!["KeyPolicy"]!["Statement"]!.AsArray();
        var admin = Assert.Single(statements, s => s!["Principal"]!["AWS"] is not null)!;
        Assert.Equal("kms:*", (string?)admin["Action"]);
        Assert.Equal("arn:${AWS::Partition}:iam::${AWS::AccountId}:root", (string?)admin["Principal"]!["AWS"]!["Fn::Sub"]);
        var cloudWatch = Assert.Single(statements, s => (string?)s!["Principal"]!["Service"] == "cloudwatch.amazonaws.com")!;
        Assert.Equal("Allow", (string?)cloudWatch["Effect"]);
        Assert.Equivalent(new[] { "kms:Decrypt", "kms:GenerateDataKey*" }, Strings(cloudWatch["Action"]).ToArray());
        Assert.Equal("AWS::AccountId", (string?)cloudWatch["Condition"]!["StringEquals"]!["aws:SourceAccount"]!["Ref"]);
        Assert.Equal("TopicKey", (string?)resources["TopicKeyAlias"]!["Properties"]!["TargetKeyId"]!["Ref"]);
    }

    [Theory]
    [InlineData("AlarmFunctionRole")]
    [InlineData("EscalateFunctionRole")]
    public async Task Publishing_functions_may_use_the_topic_key_and_only_that_key(string roleId)
    {
        var statements = (await ResourcesAsync())[roleId]!["Properties"]!["Policies"]![0]!["PolicyDocument"]!["Statement"]!.AsArray();
        var kms = Assert.Single(statements, s => Actions(s).Any(a => a!.StartsWith("kms:", StringComparison.Ordinal)))!;
        Assert.Equal(["kms:GenerateDataKey*", "kms:Decrypt"], Actions(kms));
        Assert.Equal(["TopicKey", "Arn"], Strings(kms["Resource"]!["Fn::GetAtt"]));
    }

    [Fact]
    public async Task Incidents_table_matches_the_store_keys_and_expires_items()
    {
        var props = (await ResourcesAsync())["IncidentsTable"]!["Properties"]!;
        Assert.Equal("PAY_PER_REQUEST", (string?)props["BillingMode"]);
        Assert.Equal(["AlarmArn", "StateChangeTime"], props["KeySchema"]!.AsArray().Select(k => (string?)k!["AttributeName"]));
        Assert.Equal("ExpiresAt", (string?)props["TimeToLiveSpecification"]!["AttributeName"]);
        Assert.True((bool)props["TimeToLiveSpecification"]!["Enabled"]!);
    }

    [Fact]
    public async Task Escalation_queue_redrives_to_a_dlq_and_the_function_reports_partial_failures()
    {
        var resources = await ResourcesAsync();
        var redrive = resources["EscalationQueue"]!["Properties"]!["RedrivePolicy"]!;
        Assert.Equal(["EscalationDeadLetterQueue", "Arn"], Strings(redrive["deadLetterTargetArn"]!["Fn::GetAtt"]));
        var mapping = resources["EscalateFunctionEscalationCheck"]!["Properties"]!;
        Assert.Equal(["ReportBatchItemFailures"], Strings(mapping["FunctionResponseTypes"]));
    }

    [Fact]
    public async Task Ack_url_is_public_because_the_hmac_token_is_the_auth_and_the_secret_is_generated()
    {
        var resources = await ResourcesAsync();
        Assert.Equal("NONE", (string?)resources["AckFunctionUrl"]!["Properties"]!["AuthType"]);
        var generate = resources["AckSecret"]!["Properties"]!["GenerateSecretString"]!;
        Assert.True((int)generate["PasswordLength"]! >= 32);
    }

    [Fact]
    public async Task Ack_function_may_not_publish_or_query_anything()
    {
        var statements = (await ResourcesAsync())["AckFunctionRole"]!["Properties"]!["Policies"]![0]!["PolicyDocument"]!["Statement"]!.AsArray();
        var actions = statements.SelectMany(s => s!["Action"] is JsonArray a ? a.Select(x => (string?)x) : [(string?)s!["Action"]]).ToList();
        Assert.Equal(["secretsmanager:GetSecretValue", "dynamodb:PutItem", "dynamodb:GetItem"], actions);
    }
}
