namespace LlmWatch.Functions.Composition;

/// <summary><c>_HANDLER</c> names no registered handler; reported as the <c>Runtime.NoSuchHandler</c> init error.</summary>
internal sealed class NoSuchHandlerException : Exception
{
    public const string ErrorType = "Runtime.NoSuchHandler";

    public NoSuchHandlerException()
    {
    }

    public NoSuchHandlerException(string message) : base(message)
    {
    }

    public NoSuchHandlerException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
