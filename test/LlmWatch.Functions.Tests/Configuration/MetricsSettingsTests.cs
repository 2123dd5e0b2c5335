using LlmWatch.Functions.Configuration;

namespace LlmWatch.Functions.Tests.Configuration;

public class MetricsSettingsTests
{
    [Fact]
    public void Namespace_defaults_to_LlmWatch()
    {
        var settings = MetricsSettings.From(new SettingsSource(new Dictionary<string, string> { ["METRICS_NAMESPACE"] = "  " }));

        Assert.Equal(new MetricsSettings("LlmWatch"), settings);
    }

    [Fact]
    public void Reads_the_namespace()
    {
        var settings = MetricsSettings.From(new SettingsSource(new Dictionary<string, string> { ["METRICS_NAMESPACE"] = "Team/LLM" }));

        Assert.Equal(new MetricsSettings("Team/LLM"), settings);
    }

    [Fact]
    public void An_invalid_namespace_is_named_in_the_error()
    {
        var error = Assert.Throws<ConfigurationException>(() =>
            MetricsSettings.From(new SettingsSource(new Dictionary<string, string> { ["METRICS_NAMESPACE"] = ":bad" })));

        Assert.Equal("METRICS_NAMESPACE", error.SettingName);
        Assert.Contains("METRICS_NAMESPACE", error.Message, StringComparison.Ordinal);
    }
}
