namespace LlmWatch.TestKit.RuntimeApi;

/// <summary>Which Runtime API endpoint a post went to.</summary>
public enum RuntimePostKind
{
    Response,
    Error,
    InitError,
}
