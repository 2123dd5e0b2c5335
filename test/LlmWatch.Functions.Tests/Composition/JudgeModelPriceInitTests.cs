using LlmWatch.Core.Judge;
using LlmWatch.Functions.Composition;
using LlmWatch.Functions.Configuration;
using LlmWatch.Functions.Output;
using LlmWatch.Functions.Tests.Fakes;
using LlmWatch.TestKit.Judge;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Functions.Tests.Composition;

/// <summary>A judge whose model has no price would spend without a budget: composing it fails, so the function does not start.</summary>
public class JudgeModelPriceInitTests
{
    [Fact]
    public async Task Composing_the_judge_with_an_unpriced_model_fails_naming_the_model()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 4, 9, 16, 0, TimeSpan.Zero));
        var stdout = new RecordingLineSink();
        var settings = new SettingsSource(new Dictionary<string, string> { ["JUDGE_MODEL_ID"] = "acme.in-house-judge-v1" });
        using var services = new FunctionServices(settings, time, stdout, new FunctionLog(stdout, time));

        var e = await Assert.ThrowsAsync<ConfigurationException>(() => JudgeComposition.CreateAsync(services,
            (_, _) => new ScriptedJudgeModel(ScriptedJudgeModel.Verdict(90, 100, 80)) { ModelId = "acme.in-house-judge-v1" }, TestContext.Current.CancellationToken));
        Assert.Equal("JUDGE_MODEL_ID", e.SettingName); // reported as Runtime.ConfigInvalid naming the setting
        Assert.Contains("acme.in-house-judge-v1", e.Message, StringComparison.Ordinal);
        Assert.Contains("does not start", e.Message, StringComparison.Ordinal);
    }
}
