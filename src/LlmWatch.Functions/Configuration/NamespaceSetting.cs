namespace LlmWatch.Functions.Configuration;

/// <summary>A CloudWatch namespace setting: 1–255 printable ASCII characters, not starting with a colon.</summary>
internal static class NamespaceSetting
{
    public static string Read(SettingsSource source, string variable, string fallback)
    {
        var ns = source.Optional(variable) ?? fallback;
        if (ns.Length > 255 || ns.StartsWith(':') || ns.Any(c => c < 0x20 || c > 0x7E))
            throw new ConfigurationException(variable, $"Setting {variable} is not a valid CloudWatch namespace: '{ns}'.");
        return ns;
    }
}
