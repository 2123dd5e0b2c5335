namespace LlmWatch.Aws.Errors;

/// <summary>Which AWS errors are worth retrying: throttling codes, server faults (5xx) and HTTP 429.</summary>
internal static class AwsRetryableErrors
{
    // union of the throttling/transient codes the AWS SDKs retry, plus Logs' concurrent-query limit
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown",
        "PriorRequestNotComplete", "EC2ThrottledException", "ModelNotReadyException", "ServiceUnavailable",
        "ServiceUnavailableException", "InternalFailure", "InternalError", "InternalServerError",
        "InternalServerException", "RequestTimeout", "RequestTimeoutException",
    };

    public static bool IsRetryable(string code, int statusCode) =>
        statusCode is 429 or >= 500 || Codes.Contains(code);
}
