namespace LlmWatch.Functions.Configuration;

/// <summary>Settings every handler needs: where the Runtime API is and which handler runs.</summary>
internal sealed record FunctionSettings(string RuntimeApi, string Handler)
{
    public const string RuntimeApiVariable = "AWS_LAMBDA_RUNTIME_API";
    public const string HandlerVariable = "_HANDLER";

    public static FunctionSettings From(SettingsSource source) =>
        new(source.Require(RuntimeApiVariable), source.Require(HandlerVariable));
}
