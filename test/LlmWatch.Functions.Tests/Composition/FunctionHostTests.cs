using LlmWatch.Functions.Composition;
using LlmWatch.Functions.Configuration;
using LlmWatch.Functions.Handlers;
using LlmWatch.Functions.RuntimeApi;
using LlmWatch.Functions.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Functions.Tests.Composition;

public class FunctionHostTests
{
    private readonly FakeRuntimeApiClient _client = new();
    private readonly RecordingLineSink _stdout = new();
    private readonly List<string> _built = [];

    private HandlerCatalog Catalog() => new(
    [
        new("echo", (_, _) => { _built.Add("echo"); return Task.FromResult<IHandler>(DelegateHandler.Echo()); }),
        new("needs-topic", (s, _) => { _built.Add("needs-topic"); s.Settings.Require("ALARM_TOPIC_ARN"); return Task.FromResult<IHandler>(DelegateHandler.Echo()); }),
        new("broken", (_, _) => throw new InvalidOperationException("factory bug")),
    ]);

    private FunctionHost Host(Dictionary<string, string> env) =>
        new(new SettingsSource(env), Catalog(), _ => _client, new RecordingTraceContext(), new FakeTimeProvider(), _stdout);

    private static Dictionary<string, string> Env(string? handler) => handler is null
        ? new() { ["AWS_LAMBDA_RUNTIME_API"] = "127.0.0.1:9001" }
        : new() { ["AWS_LAMBDA_RUNTIME_API"] = "127.0.0.1:9001", ["_HANDLER"] = handler };

    [Fact]
    public async Task Unknown_handler_is_an_init_error_naming_the_valid_handlers()
    {
        var exit = await Host(Env("judgee")).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(FunctionHost.ExitInitError, exit);
        var error = Assert.Single(_client.InitErrors);
        Assert.Equal("Runtime.NoSuchHandler", error.ErrorType);
        Assert.Contains("'judgee'", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("broken, echo, needs-topic", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(_built);
    }

    [Fact]
    public async Task Missing_handler_setting_is_an_init_error_naming_it()
    {
        var exit = await Host(Env(null)).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(FunctionHost.ExitInitError, exit);
        var error = Assert.Single(_client.InitErrors);
        Assert.Equal("Runtime.ConfigInvalid", error.ErrorType);
        Assert.Contains("_HANDLER", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_setting_is_required_only_by_the_handler_that_uses_it()
    {
        var withoutTopic = await Host(Env("needs-topic")).RunAsync(TestContext.Current.CancellationToken);
        var error = Assert.Single(_client.InitErrors);
        Assert.Equal(FunctionHost.ExitInitError, withoutTopic);
        Assert.Contains("ALARM_TOPIC_ARN", error.ErrorMessage, StringComparison.Ordinal);

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        _client.Enqueue("{}", "r1");
        var echo = Host(Env("echo")).RunAsync(cts.Token);
        await _client.Drained;
        await cts.CancelAsync();

        Assert.Equal(FunctionHost.ExitStopped, await echo);
        Assert.Equal(["needs-topic", "echo"], _built);
        Assert.Single(_client.Responses);
    }

    [Fact]
    public async Task A_missing_AWS_region_is_reported_as_an_invalid_setting_naming_it()
    {
        var env = Env("alarm");
        env["TIER_TOPIC_ARNS"] = "arn:aws:sns:us-east-1:123456789012:tier0";
        env["INCIDENTS_TABLE"] = "incidents";
        env["ESCALATION_QUEUE_URL"] = "https://sqs.us-east-1.amazonaws.com/123456789012/escalation";
        var host = new FunctionHost(new SettingsSource(env), AllHandlers.Catalog(), _ => _client, new RecordingTraceContext(), new FakeTimeProvider(), _stdout);

        Assert.Equal(FunctionHost.ExitInitError, await host.RunAsync(TestContext.Current.CancellationToken));

        var error = Assert.Single(_client.InitErrors);
        Assert.Equal("Runtime.ConfigInvalid", error.ErrorType);
        Assert.Contains("AWS_REGION", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_handler_factory_is_an_init_error_not_a_crash()
    {
        var exit = await Host(Env("broken")).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(FunctionHost.ExitInitError, exit);
        var error = Assert.Single(_client.InitErrors);
        Assert.Equal("Runtime.UnknownReason", error.ErrorType);
        Assert.Equal("factory bug", error.ErrorMessage);
    }

    [Fact]
    public async Task Without_a_runtime_api_address_it_logs_the_missing_setting_and_exits()
    {
        var exit = await Host(new() { ["_HANDLER"] = "echo" }).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(FunctionHost.ExitInitError, exit);
        Assert.Contains(_stdout.Lines, l => l.Contains("AWS_LAMBDA_RUNTIME_API"));
    }

    [Fact]
    public async Task A_container_error_ends_the_process_with_a_non_zero_exit_code()
    {
        _client.FailErrorPostsWith = new ContainerErrorException("500");
        _client.Enqueue("{}", "r1");
        var host = new FunctionHost(
            new SettingsSource(Env("fails")),
            new HandlerCatalog([new("fails", (_, _) => Task.FromResult<IHandler>(new DelegateHandler((_, _, _) => throw new InvalidOperationException("x"))))]),
            _ => _client, new RecordingTraceContext(), new FakeTimeProvider(), _stdout);

        var exit = await host.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(FunctionHost.ExitContainerError, exit);
    }
}
