namespace LlmWatch.Functions.RuntimeApi;

/// <summary>The Runtime API answered 500: the execution environment is broken and the process must exit.</summary>
internal sealed class ContainerErrorException : Exception
{
    public ContainerErrorException()
    {
    }

    public ContainerErrorException(string message) : base(message)
    {
    }

    public ContainerErrorException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
