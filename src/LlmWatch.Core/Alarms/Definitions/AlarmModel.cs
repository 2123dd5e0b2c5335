namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>Every alarm LlmWatch deploys, with the parameters their thresholds read: the one source for template and backtest.</summary>
public sealed record AlarmModel(
    IReadOnlyList<ParameterDefinition> Parameters,
    IReadOnlyList<AlarmDefinition> Alarms,
    IReadOnlyList<CompositeAlarmDefinition> Composites,
    AlarmModelOptions Options)
{
    public AlarmDefinition Find(string key) => Alarms.Single(a => a.Key == key);
}
