namespace LlmWatch.Core.Pricing;

/// <summary>A price table or override file that cannot be used; the message names the place and the problem.</summary>
public sealed class PriceTableException : Exception
{
    public PriceTableException()
    {
    }

    public PriceTableException(string message)
        : base(message)
    {
    }

    public PriceTableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
