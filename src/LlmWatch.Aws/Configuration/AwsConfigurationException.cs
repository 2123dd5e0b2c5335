namespace LlmWatch.Aws.Configuration;

/// <summary>A required AWS setting is missing or malformed; <see cref="Setting"/> names it.</summary>
internal sealed class AwsConfigurationException : Exception
{
    public AwsConfigurationException(string setting, string message)
        : base(message) => Setting = setting;

    public AwsConfigurationException()
        : this("", "invalid AWS configuration")
    {
    }

    public AwsConfigurationException(string message)
        : this("", message)
    {
    }

    public AwsConfigurationException(string message, Exception innerException)
        : base(message, innerException) => Setting = "";

    public string Setting { get; }
}
