using System.Text;

namespace LlmWatch.TestKit.RuntimeApi;

/// <summary>One POST the runtime made to the fake Runtime API: a response, an invocation error or an init error.</summary>
public sealed record RuntimePost(RuntimePostKind Kind, string? RequestId, string? ErrorTypeHeader, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);
}
