namespace LlmWatch.Core.Judge;

/// <summary>A verdict, or the reason there is none.</summary>
public sealed record VerdictParseResult(JudgeVerdict? Verdict, VerdictFailure Failure, string Detail)
{
    public bool IsSuccess => Verdict is not null;

    public static VerdictParseResult Fail(VerdictFailure failure, string detail) => new(null, failure, detail);
}
