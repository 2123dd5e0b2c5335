using System.Text;

namespace LlmWatch.TestKit.Http;

/// <summary>What a <see cref="LocalHttpServer"/> handler answers.</summary>
public sealed record LocalHttpResponse(int StatusCode, byte[] Body, string ContentType)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static LocalHttpResponse Json(string json, int statusCode = 200) =>
        new(statusCode, Encoding.UTF8.GetBytes(json), "application/json");

    public static LocalHttpResponse Text(string text, int statusCode = 200) =>
        new(statusCode, Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8");

    public LocalHttpResponse WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers) { [name] = value } };
}
