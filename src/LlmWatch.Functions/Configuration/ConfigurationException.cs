namespace LlmWatch.Functions.Configuration;

/// <summary>A setting is missing or invalid; reported as an init error naming <see cref="SettingName"/>.</summary>
internal sealed class ConfigurationException : Exception
{
    public const string ErrorType = "Runtime.ConfigInvalid";

    public ConfigurationException()
    {
    }

    public ConfigurationException(string message) : base(message)
    {
    }

    public ConfigurationException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public ConfigurationException(string settingName, string message) : base(message) => SettingName = settingName;

    public string? SettingName { get; }
}
