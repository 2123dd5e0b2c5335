using Amazon.Runtime;
using LlmWatch.Aws.Configuration;
using LlmWatch.Functions.Configuration;
using LlmWatch.Functions.Output;

namespace LlmWatch.Functions.Composition;

/// <summary>
/// What a handler's composition may draw on; each reads only the settings it needs. The AWS configuration
/// (<c>AWS_REGION</c>, <c>AWS_ENDPOINT_URL</c>) is loaded once, on first use, and every AWS client of the process comes
/// from that one <see cref="AwsClientFactory"/>; a handler that calls no AWS service never loads it.
/// </summary>
/// <param name="credentials">Where AWS credentials come from; default: the standard chain (tests pass their own).</param>
internal sealed class FunctionServices(
    SettingsSource settings, TimeProvider time, ILineSink stdout, FunctionLog log, Func<AWSCredentials>? credentials = null) : IDisposable
{
    private AwsClientFactory? _aws;

    public SettingsSource Settings => settings;

    public TimeProvider Time => time;

    public ILineSink Stdout => stdout;

    public FunctionLog Log => log;

    /// <summary>The process's AWS clients; throws <see cref="ConfigurationException"/> naming the setting when the region is missing or the endpoint invalid.</summary>
    public AwsClientFactory Aws => _aws ??= CreateAws();

    public void Dispose() => _aws?.Dispose();

    private AwsClientFactory CreateAws()
    {
        AwsSettings aws;
        try
        {
            aws = AwsConfiguration.Load(settings.Optional);
        }
        catch (AwsConfigurationException e)
        {
            throw new ConfigurationException(e.Setting, e.Message);
        }
        return new AwsClientFactory(aws, (credentials ?? AwsConfiguration.ResolveCredentials)(), time);
    }
}
