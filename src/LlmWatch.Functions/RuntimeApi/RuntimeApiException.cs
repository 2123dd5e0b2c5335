using System.Net;

namespace LlmWatch.Functions.RuntimeApi;

/// <summary>The Runtime API refused one call (400, 403, 413): that invocation is lost, the process carries on.</summary>
internal sealed class RuntimeApiException : Exception
{
    public RuntimeApiException()
    {
    }

    public RuntimeApiException(string message) : base(message)
    {
    }

    public RuntimeApiException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public RuntimeApiException(HttpStatusCode statusCode, string message) : base(message) => StatusCode = statusCode;

    public HttpStatusCode? StatusCode { get; }
}
