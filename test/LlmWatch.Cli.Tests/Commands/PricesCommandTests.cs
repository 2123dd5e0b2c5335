using System.Text.Json;
using LlmWatch.Cli.Commands;

namespace LlmWatch.Cli.Tests.Commands;

public sealed class PricesCommandTests : IDisposable
{
    private const string AppProfile = "arn:aws:bedrock:us-east-1:444455556666:application-inference-profile/k3x9q2m7z1ab";
    private readonly string _dir = Directory.CreateTempSubdirectory("llmwatch-prices-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Exit, string Out, string Error)> RunAsync(bool terminal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var env = new CliEnvironment(output, error, new FixedTime(new DateTimeOffset(2026, 8, 20, 12, 0, 0, TimeSpan.Zero)), terminal);
        var exit = await CliApp.RunAsync(args, env, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    private static async Task<JsonElement> JsonTableAsync()
    {
        var (exit, output, _) = await RunAsync(false, "prices", "--json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        return doc.RootElement.Clone();
    }

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Table_names_the_dataset_version_and_date_and_lists_every_model()
    {
        var (exit, output, _) = await RunAsync(false, "prices");

        Assert.Equal(0, exit);
        Assert.StartsWith("Prices: @pydantic/genai-prices 0.1.8 (exported 2026-11-22)", output);
        Assert.Contains("regional.anthropic.claude-sonnet-4-5-20250929-v1:0", output);
        var sol = output.Split('\n').Where(l => l.StartsWith("global.openai.gpt-5.6-sol ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, sol.Count); // one row per dated entry
        Assert.Contains("2026-08-21", sol[1]);
        Assert.Contains("4 (>271999: 8)", sol[1]);
    }

    [Fact]
    public async Task Terminal_gets_a_spectre_table()
    {
        var (exit, output, _) = await RunAsync(true, "prices");

        Assert.Equal(0, exit);
        // The test writer has no width, so Spectre lays out for 80 columns and may wrap ids; prices stay whole.
        Assert.Contains("0.015", output);
        Assert.Contains("0.00875", output);
        Assert.Contains("─", output); // box drawing, not the plain layout
    }

    [Fact]
    public async Task Model_shows_normalized_id_rule_and_prices_in_force_today()
    {
        var (exit, output, _) = await RunAsync(false, "prices", "--model",
            "arn:aws:bedrock:us-east-1:111122223333:inference-profile/global.openai.gpt-5.6-sol");

        Assert.Equal(0, exit);
        Assert.Contains("normalized id:  global.openai.gpt-5.6-sol", output);
        Assert.Contains("inference-profile ARN", output);
        Assert.Contains("rule:           contains \"global.openai.gpt-5.6-sol\"", output);
        // 2026-08-20 is before the 2026-08-21 cut, so the launch rates apply.
        Assert.Contains("prices on 2026-08-20", output);
        Assert.Matches(@"input\s+5 \(>271999: 10\)", output);
    }

    [Fact]
    public async Task Unpriced_model_says_so_and_exits_1()
    {
        var (exit, output, _) = await RunAsync(false, "prices", "--model", AppProfile);

        Assert.Equal(PricesCommand.Unpriced, exit);
        Assert.Contains("unpriced:", output);
        Assert.Contains("aliases", output);
    }

    [Fact]
    public async Task Override_file_alias_prices_the_application_profile()
    {
        var file = WriteFile("prices.json", $$$"""
            {"version": "acme-1", "aliases": {"{{{AppProfile}}}": "us.anthropic.claude-sonnet-4-20250514-v1:0"}}
            """);

        var (exit, output, _) = await RunAsync(false, "prices", "--prices", file, "--model", AppProfile, "--json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("0.1.8+supplement-1+acme-1", root.GetProperty("version").GetString());
        Assert.True(root.GetProperty("priced").GetBoolean());
        Assert.Equal("us.anthropic.claude-sonnet-4-20250514-v1:0", root.GetProperty("alias").GetString());
        Assert.Equal(3, root.GetProperty("prices").GetProperty("input_mtok").GetDouble());
    }

    [Fact]
    public async Task Json_table_keeps_the_dataset_price_shapes()
    {
        var root = await JsonTableAsync();

        Assert.Equal("2026-11-22", root.GetProperty("date").GetString());
        var models = root.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(93, models.Count(m => m.GetProperty("source").GetString() == "dataset"));
        var luna = models.Single(m => m.GetProperty("id").GetString() == "global.openai.gpt-5.6-luna");
        var input = luna.GetProperty("prices")[0].GetProperty("input_mtok");
        Assert.Equal(0.2, input.GetProperty("base").GetDouble());
        Assert.Equal(271999, input.GetProperty("tiers")[0].GetProperty("start").GetInt64());
    }

    [Fact]
    public async Task Json_table_names_the_supplement_its_sources_the_derived_one_hour_price_and_tier_prices()
    {
        var root = await JsonTableAsync();

        Assert.Equal("0.1.8+supplement-1", root.GetProperty("version").GetString());
        Assert.Equal("1", root.GetProperty("supplement").GetProperty("version").GetString());
        var models = root.GetProperty("models").EnumerateArray().ToList();
        var v2 = models.Single(m => m.GetProperty("id").GetString() == "anthropic.claude-v2:1");
        Assert.Equal("supplement", v2.GetProperty("source").GetString());
        Assert.Contains("aws.amazon.com/bedrock/pricing", v2.GetProperty("price_source").GetProperty("source").GetString());
        // Haiku 4.5 regional publishes no one-hour price: it is not claimed as published, but derived with its rule.
        var haiku = models.Single(m => m.GetProperty("id").GetString() == "regional.anthropic.claude-haiku-4-5-20251001-v1:0").GetProperty("prices")[0];
        Assert.False(haiku.TryGetProperty("cache_write_1h_mtok", out _));
        Assert.Equal(2.2, haiku.GetProperty("derived").GetProperty("cache_write_1h_mtok").GetDouble(), 12);
        Assert.Contains("2 x input_mtok", haiku.GetProperty("derived").GetProperty("rule").GetString());
        // Opus 5.5 publishes its own: no derived block.
        var opus = models.Single(m => m.GetProperty("id").GetString() == "global.anthropic.claude-opus-5-5").GetProperty("prices")[0];
        Assert.Equal(8, opus.GetProperty("cache_write_1h_mtok").GetDouble());
        Assert.False(opus.TryGetProperty("derived", out _));
        var nova = models.Single(m => m.GetProperty("id").GetString() == "amazon.nova-pro-v1:0").GetProperty("service_tiers").EnumerateArray().ToList();
        Assert.Equal(["flex", "priority", "latency_optimized"], nova.Select(t => t.GetProperty("tier").GetString()));
        Assert.Equal(0.4, nova[0].GetProperty("prices").GetProperty("input_mtok").GetDouble());
        Assert.Equal("2026-09-01", nova[0].GetProperty("source_date").GetString());
    }

    [Fact]
    public async Task Text_table_marks_the_derived_one_hour_price_and_lists_tier_prices_and_sources()
    {
        var (exit, output, _) = await RunAsync(false, "prices");

        Assert.Equal(0, exit);
        var haiku = output.Split('\n').Single(l => l.StartsWith("regional.anthropic.claude-haiku-4-5-20251001-v1:0 ", StringComparison.Ordinal));
        Assert.Contains("2.2 (2× input)", haiku);
        Assert.Contains("Anthropic bills one-hour cache writes at 2× the input price", output);
        Assert.Contains("docs.anthropic.com", output);
        Assert.Matches(@"anthropic\.claude-instant-v1\s+-\s+0\.8\s+2\.4\s.*supplement", output);
        Assert.Matches(@"amazon\.nova-pro-v1:0\s+priority\s+1\.4\s+5\.6\s+2026-09-01", output);
        Assert.Contains("  ai21.jamba-instruct-v1:0: aws.amazon.com/bedrock/pricing", output);
    }

    [Fact]
    public async Task Model_shows_the_supplement_source_and_the_tier_prices()
    {
        var (exit, legacy, _) = await RunAsync(false, "prices", "--model", "anthropic.claude-v2");
        Assert.Equal(0, exit);
        Assert.Contains("price entry:    anthropic.claude-v2 (Claude 2.0), supplement", legacy);
        Assert.Contains("price source:   aws.amazon.com/bedrock/pricing", legacy);
        Assert.Contains("none published; priority, flex, reserved and latency-optimized records are priced at the standard rate", legacy);

        var (_, nova, _) = await RunAsync(false, "prices", "--model", "us.amazon.nova-pro-v1:0");
        Assert.Contains("service tier flex: input 0.4, output 1.6", nova);
        Assert.Contains("service tier priority: input 1.4, output 5.6", nova);
        Assert.Contains("AWS Price List Bulk API", nova);

        var (_, json, _) = await RunAsync(false, "prices", "--model", "anthropic.claude-instant-v1", "--json");
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("supplement", doc.RootElement.GetProperty("entry_source").GetString());
        Assert.Equal("@pydantic/genai-prices", doc.RootElement.GetProperty("source").GetString());
        Assert.Contains("Claude Instant", doc.RootElement.GetProperty("price_source").GetProperty("source").GetString());

        var (_, haiku, _) = await RunAsync(false, "prices", "--model", "us.anthropic.claude-haiku-4-5-20251001-v1:0");
        Assert.Matches(@"cache write 1h\s+2\.2 \(2× input: Anthropic one-hour cache write rule\)", haiku);
    }

    [Fact]
    public async Task Missing_override_file_exits_2_naming_the_file()
    {
        var missing = Path.Combine(_dir, "no-such-prices.json");

        var (exit, output, error) = await RunAsync(false, "prices", "--prices", missing);

        Assert.Equal(PricesCommand.BadPriceFile, exit);
        Assert.Contains(missing, error);
        Assert.Equal("", output);
    }

    [Fact]
    public async Task Invalid_override_file_exits_2_naming_the_file_and_the_problem()
    {
        var file = WriteFile("bad.json", """{"models": [{"id": "x", "prices": {"input_mtok": 1, "ouput_mtok": 2}}]}""");

        var (exit, _, error) = await RunAsync(false, "prices", "--prices", file);

        Assert.Equal(PricesCommand.BadPriceFile, exit);
        Assert.Contains(file, error);
        Assert.Contains("$.models[0].prices: unknown price \"ouput_mtok\"", error);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
