using System.Text;

namespace LlmWatch.TestKit.Http;

/// <summary>A request received by <see cref="LocalHttpServer"/>, buffered so tests can assert on it afterwards.</summary>
/// <param name="Method">HTTP method, upper case.</param>
/// <param name="RawPath">The path exactly as sent (still percent-encoded), without the query.</param>
/// <param name="Query">The raw query string without '?', or empty.</param>
/// <param name="Headers">Header values by case-insensitive name (multiple values joined with ',').</param>
/// <param name="Body">The request body bytes.</param>
public sealed record LocalHttpRequest(
    string Method,
    string RawPath,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
