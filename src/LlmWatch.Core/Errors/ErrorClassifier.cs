namespace LlmWatch.Core.Errors;

/// <summary>Maps a Bedrock error code to its <see cref="ErrorClass"/>.</summary>
public static class ErrorClassifier
{
    public static ErrorClass Classify(string? errorCode) => errorCode switch
    {
        null or "" => ErrorClass.None,
        "ThrottlingException" or "TooManyRequestsException" or "ServiceQuotaExceededException"
            or "ModelNotReadyException" => ErrorClass.Throttling,
        "InternalServerException" or "ServiceUnavailableException" or "ModelTimeoutException"
            or "InternalFailure" or "ServiceException" => ErrorClass.ServerError,
        "ValidationException" or "ModelErrorException" or "ModelStreamErrorException"
            or "ResourceNotFoundException" or "ModelNotFoundException" => ErrorClass.ModelError,
        "AccessDeniedException" or "UnrecognizedClientException" or "ExpiredTokenException"
            or "UnauthorizedException" => ErrorClass.AccessDenied,
        _ => ErrorClass.Other,
    };
}
