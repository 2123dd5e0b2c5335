using LlmWatch.Functions.Configuration;

namespace LlmWatch.Functions.Tests.Configuration;

public class MetricsSettingsTests
{
    [Fact]
    public void Namespace_defaults_to_LlmWatch_and_price_file_is_optional()
    {
        var settings = MetricsSettings.From(new SettingsSource(new Dictionary<string, string> { ["METRICS_NAMESPACE"] = "  " }));

        Assert.Equal(new MetricsSettings("LlmWatch", null), settings);
    }

    [Fact]
    public void Reads_namespace_and_an_existing_price_file()
    {
        var file = Path.GetTempFileName();
        try
        {
            var settings = MetricsSettings.From(new SettingsSource(new Dictionary<string, string>
            {
                ["METRICS_NAMESPACE"] = "Team/LLM",
                ["PRICE_FILE"] = file,
            }));

            Assert.Equal(new MetricsSettings("Team/LLM", file), settings);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("METRICS_NAMESPACE", ":bad")]
    [InlineData("PRICE_FILE", "/nonexistent/prices.json")]
    public void Invalid_settings_are_named_in_the_error(string name, string value)
    {
        var error = Assert.Throws<ConfigurationException>(() =>
            MetricsSettings.From(new SettingsSource(new Dictionary<string, string> { [name] = value })));

        Assert.Equal(name, error.SettingName);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }
}
