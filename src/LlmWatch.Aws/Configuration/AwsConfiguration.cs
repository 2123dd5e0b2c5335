using Amazon.Runtime;
using Amazon.Runtime.Credentials;

namespace LlmWatch.Aws.Configuration;

/// <summary>
/// Reads <see cref="AwsSettings"/> from the environment, once, at start-up. The only place in Aws that touches
/// environment variables; everything else receives the validated record.
/// </summary>
internal static class AwsConfiguration
{
    /// <summary>Region to sign for; set by Lambda.</summary>
    public const string RegionVariable = "AWS_REGION";

    /// <summary>Fallback region name used by the AWS CLI.</summary>
    public const string DefaultRegionVariable = "AWS_DEFAULT_REGION";

    /// <summary>Optional single endpoint for every service (the AWS SDKs' standard override variable).</summary>
    public const string EndpointVariable = "AWS_ENDPOINT_URL";

    /// <summary>Reads the process environment.</summary>
    public static AwsSettings FromEnvironment()
    {
#pragma warning disable RS0030 // the one sanctioned reader of environment variables in this project
        return Load(Environment.GetEnvironmentVariable);
#pragma warning restore RS0030
    }

    /// <summary>Builds settings from a variable lookup; throws <see cref="AwsConfigurationException"/> naming what is wrong.</summary>
    public static AwsSettings Load(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var region = NonEmpty(variable(RegionVariable)) ?? NonEmpty(variable(DefaultRegionVariable))
            ?? throw new AwsConfigurationException(RegionVariable,
                $"{RegionVariable} is not set: set it to the AWS region to call, e.g. us-east-1");

        Uri? serviceUrl = null;
        if (NonEmpty(variable(EndpointVariable)) is { } endpoint)
        {
            if (!Uri.TryCreate(endpoint, UriKind.Absolute, out serviceUrl) ||
                (serviceUrl.Scheme != Uri.UriSchemeHttp && serviceUrl.Scheme != Uri.UriSchemeHttps))
            {
                throw new AwsConfigurationException(EndpointVariable,
                    $"{EndpointVariable} must be an absolute http(s) URL, got '{endpoint}'");
            }
        }

        return new AwsSettings(region.Trim(), serviceUrl);
    }

    /// <summary>Credentials from the standard chain (Lambda environment, profile, container, instance metadata).</summary>
    public static AWSCredentials ResolveCredentials() => DefaultAWSCredentialsIdentityResolver.GetCredentials();

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
