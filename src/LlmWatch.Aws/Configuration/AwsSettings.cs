namespace LlmWatch.Aws.Configuration;

/// <summary>Where to reach AWS: the region to sign for and an optional single endpoint for every service (moto, LocalStack).</summary>
/// <param name="Region">Region system name, e.g. <c>us-east-1</c>.</param>
/// <param name="ServiceUrl">When set, every service client talks to this URL instead of <c>https://{prefix}.{region}.amazonaws.com</c>.</param>
internal sealed record AwsSettings(string Region, Uri? ServiceUrl = null);
