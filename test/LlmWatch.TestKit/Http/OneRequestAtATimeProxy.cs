namespace LlmWatch.TestKit.Http;

/// <summary>
/// Forwards every request to <c>target</c> (moto) one at a time, byte for byte, with the Host header the client signed.
/// moto applies a DynamoDB <c>UpdateItem</c> as an unlocked read–modify–write, so concurrent ADDs to one item can lose
/// an increment there although DynamoDB applies each atomically; serialising requests gives a test DynamoDB's
/// per-request atomicity, so it checks the client's behaviour rather than the stand-in's.
/// </summary>
public sealed class OneRequestAtATimeProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Content-Length", "Content-Type", "Host", "Expect",
    };

    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
    private readonly SemaphoreSlim _one = new(1, 1);
    private readonly LocalHttpServer _server;

    public OneRequestAtATimeProxy(Uri target) =>
        _server = new LocalHttpServer(async (request, stop) =>
        {
            await _one.WaitAsync(stop);
            try
            {
                return await ForwardAsync(target, request, stop);
            }
            finally
            {
                _one.Release();
            }
        });

    /// <summary>Base URL to give the client instead of the target's.</summary>
    public Uri Endpoint => _server.Endpoint;

    /// <summary>Requests forwarded so far.</summary>
    public int Forwarded => _server.Requests.Count;

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _one.Dispose();
    }

    private async Task<LocalHttpResponse> ForwardAsync(Uri target, LocalHttpRequest request, CancellationToken cancellationToken)
    {
        var uri = new Uri(target, request.RawPath + (request.Query.Length > 0 ? "?" + request.Query : ""));
        using var forward = new HttpRequestMessage(new HttpMethod(request.Method), uri);
        if (request.Body.Length > 0 || request.Method is "POST" or "PUT")
        {
            forward.Content = new ByteArrayContent(request.Body);
            if (request.Header("Content-Type") is { } type)
                forward.Content.Headers.TryAddWithoutValidation("Content-Type", type);
        }
        foreach (var (name, value) in request.Headers)
        {
            if (!HopByHop.Contains(name))
                forward.Headers.TryAddWithoutValidation(name, value);
        }
        forward.Headers.Host = request.Header("Host"); // the signature covers the host the client called
        using var response = await _http.SendAsync(forward, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var answer = new LocalHttpResponse((int)response.StatusCode, body,
            response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream");
        foreach (var header in response.Headers)
        {
            if (!HopByHop.Contains(header.Key))
                answer = answer.WithHeader(header.Key, string.Join(',', header.Value));
        }
        return answer;
    }
}
