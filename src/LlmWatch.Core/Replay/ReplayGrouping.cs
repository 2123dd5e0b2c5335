namespace LlmWatch.Core.Replay;

/// <summary>What a replay's rows are keyed by.</summary>
public enum ReplayGrouping
{
    Model,
    Caller,
}
