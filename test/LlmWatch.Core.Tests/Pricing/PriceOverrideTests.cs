using System.Text;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Tests.Pricing;

/// <summary>The override file: added and replaced models, aliases for ARNs that hide their model, and clear errors.</summary>
public sealed class PriceOverrideTests
{
    private const string AppProfile = "arn:aws:bedrock:us-east-1:444455556666:application-inference-profile/k3x9q2m7z1ab";
    private const string Provisioned = "arn:aws:bedrock:us-east-1:444455556666:provisioned-model/pq1r2s3t4u5v";
    private static readonly DateTimeOffset At = new(2026, 5, 4, 9, 15, 10, TimeSpan.Zero);
    private static readonly PriceBook Default = PriceBook.LoadDefault();

    private static PriceBook Load(string json) => PriceBook.Load(Encoding.UTF8.GetBytes(json), Default);

    private static string LoadError(string json)
    {
        Assert.False(PriceBook.TryLoad(Encoding.UTF8.GetBytes(json), Default, out var book, out var error));
        Assert.Null(book);
        return error!;
    }

    [Fact]
    public void Alias_prices_an_application_inference_profile_and_a_provisioned_model_as_the_model_they_run()
    {
        var book = Load($$"""
            {
              "aliases": {
                "{{AppProfile}}": "us.anthropic.claude-sonnet-4-20250514-v1:0",
                "pq1r2s3t4u5v": "global.anthropic.claude-sonnet-4-5-20250929-v1:0"
              }
            }
            """);

        // 180412*3 + 2210*15 = 574386 per 1M (the sample's offloaded long-context record).
        Assert.True(book.TryGetCost(AppProfile, At, new TokenCounts(180_412, 2210, 0, 0), out var cost));
        Assert.Equal(0.574386, cost, 12);
        var provisioned = book.Resolve(Provisioned);
        Assert.Equal("global.anthropic.claude-sonnet-4-5-20250929-v1:0", provisioned.AliasTarget);
        Assert.Equal(3.0, provisioned.Model!.PricesAt(At)!.Input!.Base);
        Assert.False(Default.Resolve(AppProfile).IsPriced); // the base book is not changed
    }

    [Fact]
    public void Override_model_with_a_dataset_id_replaces_its_prices_and_keeps_its_rule()
    {
        var book = Load("""
            {"version": "acme-2026-11", "models": [
              {"id": "regional.anthropic.claude-sonnet-4-5-20250929-v1:0",
               "prices": {"input_mtok": 2.5, "output_mtok": 12.5, "cache_read_mtok": 0.25, "cache_write_mtok": 3.1, "cache_write_1h_mtok": 5}}
            ]}
            """);

        var resolution = book.Resolve("eu.anthropic.claude-sonnet-4-5-20250929-v1:0");
        Assert.Equal(PriceSource.Override, resolution.Model!.Source);
        // 1000*2.5 + 100*12.5 + 1000 one-hour writes at 5 = 8750 per 1M.
        Assert.True(book.TryGetCost("eu.anthropic.claude-sonnet-4-5-20250929-v1:0", At, new TokenCounts(1000, 100, 0, 1000, 1000), out var cost));
        Assert.Equal(0.00875, cost, 12);
        Assert.Equal(Default.Models.Count, book.Models.Count);
        Assert.Equal("0.1.8+supplement-1+acme-2026-11", book.Version);
        Assert.Equal("2026-11-22", book.Date);
    }

    [Fact]
    public void New_override_models_match_by_rule_or_by_their_own_id_and_come_before_the_dataset()
    {
        var book = Load("""
            {
              // comments and trailing commas are fine in an override file
              "models": [
                {"id": "acme.support-llm", "prices": {"input_mtok": 1, "output_mtok": 2}},
                {"id": "acme-llama", "match": {"and": [{"regex": "^(us\\.)?meta\\.llama3-1-70b"}, {"ends_with": "v1:0"}]},
                 "prices": {"input_mtok": 0.5, "output_mtok": 0.5}},
              ],
            }
            """);

        Assert.True(book.TryGetCost("acme.support-llm", At, new TokenCounts(1_000_000, 1_000_000, 0, 0), out var own));
        Assert.Equal(3.0, own, 12);
        Assert.Equal("acme-llama", book.Resolve("us.meta.llama3-1-70b-instruct-v1:0").Model!.Id);
        Assert.Equal("meta.llama3-1-70b-instruct-v1:0", book.Resolve("meta.llama3-1-70b-instruct-v2:0").Model!.Id);
        Assert.Equal("0.1.8+supplement-1+override", book.Version);
    }

    [Fact]
    public void Override_can_carry_tiers_and_dated_prices()
    {
        var book = Load("""
            {"models": [{"id": "acme.long", "prices": [
              {"prices": {"input_mtok": 1, "output_mtok": 1}},
              {"constraint": {"type": "start_date", "start_date": "2026-05-01"},
               "prices": {"input_mtok": {"base": 2, "tiers": [{"start": 1000, "price": 4}]}, "output_mtok": 8}}
            ]}]}
            """);

        Assert.True(book.TryGetCost("acme.long", new DateTimeOffset(2026, 4, 30, 0, 0, 0, TimeSpan.Zero), new TokenCounts(2000, 0, 0, 0), out var before));
        Assert.True(book.TryGetCost("acme.long", At, new TokenCounts(1000, 0, 0, 0), out var atStart));
        Assert.True(book.TryGetCost("acme.long", At, new TokenCounts(1001, 0, 0, 0), out var above));
        Assert.Equal(0.002, before, 12);
        Assert.Equal(0.002, atStart, 12);
        Assert.Equal(0.004004, above, 12);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{\"models\": [", "not valid JSON at line 1")]
    [InlineData("[]", "$: expected an object")]
    [InlineData("{}", "has none of \"models\", \"aliases\", \"service_tiers\"")]
    [InlineData("{\"modles\": []}", "unknown property \"modles\"")]
    [InlineData("{\"models\": [{\"prices\": {\"input_mtok\": 1}}]}", "$.models[0]: has no \"id\"")]
    [InlineData("{\"models\": [{\"id\": \"x\"}]}", "model \"x\" has no \"prices\"")]
    [InlineData("{\"models\": [{\"id\": \"x\", \"prices\": {\"input_mtok\": -1}}]}", "$.models[0].prices.input_mtok: price must be a non-negative number")]
    [InlineData("{\"models\": [{\"id\": \"x\", \"prices\": {\"input_mtok\": \"3\"}}]}", "$.models[0].prices.input_mtok: expected a number")]
    [InlineData("{\"models\": [{\"id\": \"x\", \"prices\": {\"input\": 3}}]}", "unknown price \"input\"")]
    [InlineData("{\"models\": [{\"id\": \"x\", \"prices\": {\"output_mtok\": 3}}]}", "has no \"input_mtok\"")]
    [InlineData("{\"models\": [{\"id\": \"x\", \"match\": {\"like\": \"x\"}, \"prices\": {\"input_mtok\": 1}}]}", "unknown match operator \"like\"")]
    [InlineData("{\"models\": [{\"id\": \"x\", \"match\": {\"regex\": \"(\"}, \"prices\": {\"input_mtok\": 1}}]}", "$.models[0].match.regex: invalid regular expression")]
    [InlineData("{\"models\": [{\"id\": \"x\", \"match\": {\"contains\": \"x\", \"equals\": \"x\"}, \"prices\": {\"input_mtok\": 1}}]}", "exactly one operator")]
    [InlineData("{\"models\": [{\"id\": \"x\", \"prices\": [{\"constraint\": {\"type\": \"time_of_day\"}, \"prices\": {\"input_mtok\": 1}}]}]}", "unsupported constraint type \"time_of_day\"")]
    [InlineData("{\"models\": [{\"id\": \"x\", \"prices\": [{\"constraint\": {\"start_date\": \"May 1\"}, \"prices\": {\"input_mtok\": 1}}]}]}", "\"May 1\" is not a date")]
    [InlineData("{\"models\": [{\"id\": \"x\", \"prices\": {\"input_mtok\": {\"base\": 1, \"tiers\": [{\"start\": 1.5, \"price\": 2}]}}}]}", "tiers[0].start: must be a whole")]
    [InlineData("{\"models\": [{\"id\": \"x\", \"prices\": {\"input_mtok\": 1}}, {\"id\": \"X\", \"prices\": {\"input_mtok\": 1}}]}", "$.models[1]: duplicate model id \"X\"")]
    [InlineData("{\"aliases\": {\"arn:aws:bedrock:us-east-1:1:application-inference-profile/a\": \"acme.nothing\"}}", "target \"acme.nothing\" matches no priced model")]
    [InlineData("{\"aliases\": {\"a\": 3}}", "$.aliases[\"a\"]: expected a string")]
    public void Bad_override_file_is_rejected_with_a_message_naming_the_problem(string json, string expected)
    {
        Assert.Contains(expected, LoadError(json));
    }

    [Fact]
    public void Override_file_saved_with_a_byte_order_mark_loads()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"models\": [{\"id\": \"acme.x\", \"prices\": {\"input_mtok\": 1}}]}")];
        Assert.True(PriceBook.TryLoad(json, Default, out var book, out var error), error);
        Assert.True(book!.Resolve("acme.x").IsPriced);
    }

    [Fact]
    public void Load_throws_the_same_message_for_callers_that_want_an_exception()
    {
        var e = Assert.Throws<PriceTableException>(() => Load("{\"modles\": []}"));
        Assert.Contains("unknown property \"modles\"", e.Message);
    }
}
