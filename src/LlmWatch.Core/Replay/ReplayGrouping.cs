namespace LlmWatch.Core.Replay;

/// <summary>What a replay's rows are keyed by.</summary>
public enum ReplayGrouping
{
    Model,
    Caller,
    /// <summary>The tier each record was served at (<see cref="Records.ServiceTier"/>), named as in price files.</summary>
    ServiceTier,
}
