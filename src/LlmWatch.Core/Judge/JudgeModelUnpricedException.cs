namespace LlmWatch.Core.Judge;

/// <summary>The judge model has no price, so the judge's daily budget could not be enforced; the judge does not start.</summary>
public sealed class JudgeModelUnpricedException : Exception
{
    public JudgeModelUnpricedException()
    {
    }

    public JudgeModelUnpricedException(string message)
        : base(message)
    {
    }

    public JudgeModelUnpricedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
