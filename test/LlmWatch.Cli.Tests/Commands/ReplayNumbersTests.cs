using System.Text.Json;
using System.Text.RegularExpressions;
using LlmWatch.TestKit;

namespace LlmWatch.Cli.Tests.Commands;

/// <summary>Numbers people read: plain decimals in <c>replay --json</c>; no priced call shown as 0.0000, no unpriced one as 0.</summary>
public sealed partial class ReplayNumbersTests : IDisposable
{
    private const string AppProfile = "arn:aws:bedrock:us-east-1:444455556666:application-inference-profile/k3x9q2m7z1ab";
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("llmwatch-replay-numbers-");

    public void Dispose() => _dir.Delete(recursive: true);

    // Nova Micro, 10 in + 2 out: (10 × 0.035 + 2 × 0.14) / 1M = $0.00000063; a throttled Sonnet call with no tokens; an
    // application-inference-profile call the embedded table cannot price.
    private string Logs()
    {
        var path = Path.Combine(_dir.FullName, "tiny.jsonl");
        File.WriteAllLines(path,
        [
            new InvocationLogBuilder().Model("amazon.nova-micro-v1:0").Tokens(10, 2).Build(),
            new InvocationLogBuilder().Model("us.anthropic.claude-sonnet-4-20250514-v1:0").Tokens(0, 0).Error("ThrottlingException").Build(),
            new InvocationLogBuilder().Model(AppProfile).Tokens(1200, 300).Build(),
        ]);
        return path;
    }

    [Fact]
    public async Task Json_writes_costs_as_plain_decimals_never_in_exponent_notation()
    {
        var run = await Cli.RunAsync("replay", Logs(), "--json");

        Assert.Equal(0, run.ExitCode);
        var costs = CostField().Matches(run.Out).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, costs.Count);
        Assert.All(costs, c => Assert.DoesNotContain("E", c, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("0.00000063", costs);
        Assert.Contains("\"version\": \"0.1.8+supplement-1\"", run.Out); // readable, not \u002B
        using var doc = JsonDocument.Parse(run.Out);
        var micro = doc.RootElement.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("modelId").GetString() == "amazon.nova-micro-v1:0");
        Assert.Equal(0.00000063, micro.GetProperty("costUsd").GetDouble(), 15);
    }

    [Fact]
    public async Task Sample_log_costs_are_plain_decimals_too()
    {
        var run = await Cli.RunAsync("replay", RepoFiles.Event("bedrock-invocation-logs.jsonl"), "--json");

        Assert.Equal(0, run.ExitCode);
        var costs = CostField().Matches(run.Out).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(costs);
        Assert.All(costs, c => Assert.Matches(@"^\d+(\.\d+)?$", c));
    }

    [Fact]
    public async Task Table_shows_a_tiny_priced_cost_with_its_digits_and_unpriced_tokens_as_unpriced()
    {
        var run = await Cli.RunAsync("replay", Logs());

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"│\s+0\.00000063\s+│", Row(run.Out, "amazon.nova-micro-v1:0"));
        Assert.Contains(" unpriced ", Row(run.Out, "k3x9q2m7z1ab"));
        Assert.Matches(@"│\s+0\s+│", Row(run.Out, "us.anthropic.claude-sonnet-4")); // priced, no tokens: exactly 0
        Assert.Contains("cost 0.00000063 USD + 1,500 unpriced tokens", run.Out);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(0.00000063, "0.00000063")]
    [InlineData(0.0000663, "0.000066")]
    [InlineData(0.0000999, "0.000100")]
    [InlineData(1e-12, "0.0000000000010")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00392, "0.0039")]
    [InlineData(12.5, "12.5000")]
    public void Cost_text_never_reads_zero_for_a_positive_cost(double usd, string expected)
    {
        Assert.Equal(expected, LlmWatch.Cli.Rendering.CostText.Usd(usd));
    }

    private static string Row(string table, string key) => table.Split('\n').Single(l => l.StartsWith('│') && l.Contains(key, StringComparison.Ordinal));

    [GeneratedRegex("\"costUsd\":\\s*([^,}\\s]+)")]
    private static partial Regex CostField();
}
