namespace LlmWatch.Cli.Configuration;

/// <summary>The CLI's one reader of environment variables (API keys are named by option, never passed on the command line).</summary>
internal static class CliVariables
{
    public static string? Get(string name)
    {
#pragma warning disable RS0030 // the sanctioned configuration reader of the CLI
        var value = Environment.GetEnvironmentVariable(name);
#pragma warning restore RS0030
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
