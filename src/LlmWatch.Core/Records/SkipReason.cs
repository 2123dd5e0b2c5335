namespace LlmWatch.Core.Records;

/// <summary>Why a log message was not counted as an invocation.</summary>
public enum SkipReason
{
    None,
    /// <summary>Not a JSON object at all (e.g. Bedrock's one-time "permissions are set" line).</summary>
    NotJson,
    /// <summary>JSON that ends early: a cut-off line.</summary>
    Truncated,
    /// <summary>Malformed JSON that is not simply cut off.</summary>
    InvalidJson,
    /// <summary>Valid JSON whose <c>schemaType</c> is not <c>ModelInvocationLog</c>.</summary>
    NotInvocationLog,
    MissingModelId,
    MissingTimestamp,
    /// <summary>A known field holds a value of the wrong JSON type or an impossible value.</summary>
    WrongFieldType,
}
