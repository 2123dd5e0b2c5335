namespace LlmWatch.Aws.Errors;

/// <summary>
/// An AWS call failed. <see cref="Code"/> is the service's error code (e.g. <c>ThrottlingException</c>),
/// <see cref="StatusCode"/> the HTTP status (0 when no response arrived) and <see cref="IsRetryable"/> says whether
/// trying again later can help (throttling, 5xx, network faults).
/// </summary>
internal sealed class AwsServiceException : Exception
{
    public AwsServiceException(string service, string code, string message, int statusCode, bool isRetryable,
        Exception? innerException = null)
        : base($"{service} {code} (HTTP {statusCode}): {message}", innerException)
    {
        Service = service;
        Code = code;
        ServiceMessage = message;
        StatusCode = statusCode;
        IsRetryable = isRetryable;
    }

    public AwsServiceException()
        : this("", "Unknown", "", 0, false)
    {
    }

    public AwsServiceException(string message)
        : this("", "Unknown", message, 0, false)
    {
    }

    public AwsServiceException(string message, Exception innerException)
        : this("", "Unknown", message, 0, false, innerException)
    {
    }

    /// <summary>Service name, e.g. <c>SNS</c>, <c>CloudWatch</c>, <c>Logs</c>, <c>BedrockRuntime</c>, <c>SQS</c>.</summary>
    public string Service { get; }

    public string Code { get; }

    /// <summary>The service's own message, without the prefix <see cref="Exception.Message"/> adds.</summary>
    public string ServiceMessage { get; }

    public int StatusCode { get; }

    public bool IsRetryable { get; }
}
