namespace LlmWatch.Core.Judge;

/// <summary>Why a judge reply was not accepted as a verdict.</summary>
public enum VerdictFailure
{
    None,
    /// <summary>The judge declined to grade ("I can't help with that").</summary>
    Refusal,
    /// <summary>Text that is not a JSON object.</summary>
    Prose,
    /// <summary>Broken JSON, or JSON followed by more text.</summary>
    MalformedJson,
    /// <summary>Missing, extra or duplicate keys, or a value of the wrong type.</summary>
    SchemaMismatch,
    /// <summary>A score outside 0–100, or not a finite number.</summary>
    ScoreOutOfRange,
}
