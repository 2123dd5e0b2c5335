using LlmWatch.Functions.Configuration;
using LlmWatch.TestKit;

namespace LlmWatch.Functions.Tests.Configuration;

public class PriceBookLoaderTests
{
    private static SettingsSource With(string? priceFile) =>
        new(priceFile is null ? [] : new Dictionary<string, string> { ["PRICE_FILE"] = priceFile });

    [Fact]
    public void Without_PRICE_FILE_the_embedded_table_is_used()
    {
        Assert.False(PriceBookLoader.Load(With(null)).Resolve(OverrideProfile).IsPriced);
    }

    [Fact]
    public void PRICE_FILE_applies_the_override_for_every_function_that_prices()
    {
        Assert.True(PriceBookLoader.Load(With(RepoFiles.Event("prices-override.json"))).Resolve(OverrideProfile).IsPriced);
    }

    [Fact]
    public void A_missing_file_is_a_configuration_error_naming_PRICE_FILE_and_the_file()
    {
        var error = Assert.Throws<ConfigurationException>(() => PriceBookLoader.Load(With("/nonexistent/prices.json")));

        Assert.Equal("PRICE_FILE", error.SettingName);
        Assert.Contains("/nonexistent/prices.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
    }

    // the application inference profile that events/prices-override.json maps to a model
    private static string OverrideProfile => System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepoFiles.Event("prices-override.json")),
        new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })
        .RootElement.GetProperty("aliases").EnumerateObject().First().Name;
}
