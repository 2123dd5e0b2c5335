namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>CloudWatch <c>TreatMissingData</c>.</summary>
public enum MissingDataTreatment
{
    /// <summary><c>missing</c>: missing periods are left out; all missing means INSUFFICIENT_DATA.</summary>
    Missing,
    /// <summary><c>notBreaching</c>: missing periods count as good.</summary>
    NotBreaching,
    /// <summary><c>breaching</c>: missing periods count as bad.</summary>
    Breaching,
    /// <summary><c>ignore</c>: all missing keeps the current state.</summary>
    Ignore,
}
