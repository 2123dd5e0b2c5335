using LlmWatch.Aws.Configuration;

namespace LlmWatch.Aws.Signing;

/// <summary>Resolves a service's base URL: the settings' override when present, else the regional public endpoint.</summary>
internal static class AwsEndpoints
{
    public static Uri Resolve(AwsSettings settings, AwsService service)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(service);
        if (settings.ServiceUrl is { } overridden)
        {
            // a trailing slash keeps relative request paths (model/{id}/converse) under any base path
            var text = overridden.ToString();
            return text.EndsWith('/') ? overridden : new Uri(text + "/");
        }

        var suffix = settings.Region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
        return new Uri($"https://{service.EndpointPrefix}.{settings.Region}.{suffix}/");
    }
}
