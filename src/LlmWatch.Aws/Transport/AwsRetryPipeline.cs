using LlmWatch.Aws.Errors;
using Polly;
using Polly.Retry;

namespace LlmWatch.Aws.Transport;

/// <summary>
/// The retry policy for AWS calls: retryable <see cref="AwsServiceException"/>s (throttling, 5xx, network) are tried
/// again with exponential backoff and jitter, at most <c>maxAttempts</c> times in all; delays run on the given
/// <see cref="TimeProvider"/> and stop as soon as the caller's token is cancelled.
/// </summary>
internal static class AwsRetryPipeline
{
    public const int DefaultMaxAttempts = 3;

    public static readonly TimeSpan DefaultBaseDelay = TimeSpan.FromMilliseconds(200);

    public static ResiliencePipeline Create(TimeProvider timeProvider, int maxAttempts = DefaultMaxAttempts,
        TimeSpan? baseDelay = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        if (maxAttempts == 1)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<AwsServiceException>(e => e.IsRetryable),
                MaxRetryAttempts = maxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = baseDelay ?? DefaultBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(5),
            })
            .Build();
    }
}
