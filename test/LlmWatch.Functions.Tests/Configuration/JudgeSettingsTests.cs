using LlmWatch.Core.Judge;
using LlmWatch.Functions.Configuration;

namespace LlmWatch.Functions.Tests.Configuration;

public class JudgeSettingsTests
{
    private static SettingsSource Source(params (string Key, string Value)[] values) =>
        new(values.ToDictionary(v => v.Key, v => v.Value));

    [Fact]
    public void Judge_settings_default_and_give_each_instance_its_share_of_the_budget()
    {
        var settings = JudgeSettings.From(Source(("JUDGE_MODEL_ID", "m"), ("JUDGE_DAILY_BUDGET_USD", "10"), ("JUDGE_BUDGET_SHARES", "4")));
        Assert.Equal(new JudgeSettings("m", 10, 4, 4, CompositeWeights.Equal, "LlmWatch/Quality"), settings);
        Assert.Equal(2.5, settings.ContainerShareUsd);
        Assert.Null(settings.SpendTable);
    }

    [Fact]
    public void Spend_table_is_read_when_set()
    {
        var settings = JudgeSettings.From(Source(("JUDGE_MODEL_ID", "m"), ("JUDGE_SPEND_TABLE", " llmwatch-JudgeSpendTable-1A2B3C ")));
        Assert.Equal("llmwatch-JudgeSpendTable-1A2B3C", settings.SpendTable);
    }

    [Theory]
    [InlineData("JUDGE_DAILY_BUDGET_USD", "-1")]
    [InlineData("JUDGE_DAILY_BUDGET_USD", "ten")]
    [InlineData("JUDGE_MAX_CONCURRENCY", "0")]
    [InlineData("JUDGE_COMPOSITE_WEIGHTS", "1,1")]
    [InlineData("JUDGE_BUDGET_SHARES", "0")]
    [InlineData("JUDGE_SPEND_TABLE", "no spaces allowed")]
    [InlineData("JUDGE_SPEND_TABLE", "ab")]
    [InlineData("JUDGE_SPEND_TABLE", "arn:aws:dynamodb:us-east-1:1:table/t")]
    public void Invalid_judge_settings_name_the_setting(string key, string value)
    {
        var error = Assert.Throws<ConfigurationException>(() => JudgeSettings.From(Source(("JUDGE_MODEL_ID", "m"), (key, value))));
        Assert.Equal(key, error.SettingName);
    }

    [Fact]
    public void Judge_model_is_required() =>
        Assert.Equal("JUDGE_MODEL_ID", Assert.Throws<ConfigurationException>(() => JudgeSettings.From(Source())).SettingName);

    [Fact]
    public void Sampling_is_off_without_a_queue_and_read_with_one()
    {
        Assert.Null(JudgeSamplingSettings.From(Source(("JUDGE_SAMPLE_RATE", "0.5"))));
        var sampling = JudgeSamplingSettings.From(Source(("JUDGE_QUEUE_URL", "https://sqs.us-east-1.amazonaws.com/1/q"), ("JUDGE_CALLER", "llmwatch-JudgeFunctionRole-ABC")))!;
        Assert.Equal(new JudgeSamplingOptions(0.05, "llmwatch-JudgeFunctionRole-ABC", 8000), sampling.Options);
        Assert.Equal("JUDGE_SAMPLE_RATE", Assert.Throws<ConfigurationException>(() =>
            JudgeSamplingSettings.From(Source(("JUDGE_QUEUE_URL", "https://q"), ("JUDGE_SAMPLE_RATE", "1.5")))).SettingName);
    }
}
