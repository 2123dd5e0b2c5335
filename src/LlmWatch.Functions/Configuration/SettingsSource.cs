using System.Collections;

namespace LlmWatch.Functions.Configuration;

/// <summary>A snapshot of the process environment taken once at start-up; the only reader of environment variables.</summary>
internal sealed class SettingsSource(IReadOnlyDictionary<string, string> values)
{
    /// <summary>Reads the current process environment.</summary>
    public static SettingsSource FromProcess()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && entry.Value is string value)
                values[key] = value;
        }
        return new SettingsSource(values);
    }

    /// <summary>The trimmed value, or null when the variable is unset or blank.</summary>
    public string? Optional(string name) =>
        values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>The trimmed value; throws <see cref="ConfigurationException"/> naming the setting when it is missing.</summary>
    public string Require(string name) =>
        Optional(name) ?? throw new ConfigurationException(name, $"Missing required setting {name}.");
}
