using System.Text.Json;
using LlmWatch.TestKit;

namespace LlmWatch.Cli.Tests.Commands;

/// <summary><c>llmwatch replay --prices FILE</c>: the override file prices what the embedded table cannot.</summary>
public sealed class ReplayPricesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("llmwatch-replay-prices-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, new CliEnvironment(output, error, TimeProvider.System, false), TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Alias_in_the_override_file_prices_the_application_profile_records()
    {
        var file = Path.Combine(_dir, "prices.json");
        await File.WriteAllTextAsync(file, """
            {"version": "team", "aliases": {"arn:aws:bedrock:us-east-1:444455556666:application-inference-profile/k3x9q2m7z1ab":
                                            "us.anthropic.claude-sonnet-4-20250514-v1:0"}}
            """, TestContext.Current.CancellationToken);

        var (exit, output, error) = await RunAsync("replay", RepoFiles.Event("bedrock-invocation-logs.jsonl"), "--prices", file, "--json");

        Assert.True(exit == 0, error);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("0.1.8+supplement-1+team", doc.RootElement.GetProperty("prices").GetProperty("version").GetString());
        var profile = doc.RootElement.GetProperty("models").EnumerateArray()
            .Single(m => m.GetProperty("modelId").GetString()!.EndsWith("/k3x9q2m7z1ab", StringComparison.Ordinal));
        Assert.Equal(0.574386, profile.GetProperty("costUsd").GetDouble(), 9); // 180412*3 + 2210*15 per 1M
        Assert.Equal(0, profile.GetProperty("unpricedTokens").GetInt64());
    }

    [Fact]
    public async Task Unreadable_override_file_stops_replay_with_exit_2_naming_the_file()
    {
        var missing = Path.Combine(_dir, "missing.json");

        var (exit, output, error) = await RunAsync("replay", RepoFiles.Event("bedrock-invocation-logs.jsonl"), "--prices", missing);

        Assert.Equal(2, exit);
        Assert.Contains($"llmwatch replay: price file '{missing}' cannot be read", error);
        Assert.Equal("", output);
    }
}
