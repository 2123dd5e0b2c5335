namespace LlmWatch.Core.OnCall.Schedules;

/// <summary>Why a person is (or nobody is) on call for a tier at an instant.</summary>
public enum OnCallSource
{
    /// <summary>No rotation covers the tier then (none defined, or before its start): page the tier's topic as before.</summary>
    Topic,

    /// <summary>The tier's rotation.</summary>
    Rotation,

    /// <summary>An override, which wins over the rotation.</summary>
    Override,
}
