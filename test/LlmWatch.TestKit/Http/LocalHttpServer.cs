using System.Collections.Concurrent;
using System.Net;

namespace LlmWatch.TestKit.Http;

/// <summary>
/// A tiny HTTP server on 127.0.0.1 (free port) whose answers come from a delegate — the stand-in for Bedrock,
/// Logs Insights, OpenAI-compatible or any other endpoint a test needs. Every request is recorded in
/// <see cref="Requests"/>. The handler's token is cancelled on dispose, so a handler may await it to "hang".
/// </summary>
public sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly Func<LocalHttpRequest, CancellationToken, Task<LocalHttpResponse>> _handler;
    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentQueue<LocalHttpRequest> _requests = new();
    private readonly Task _loop;

    public LocalHttpServer(Func<LocalHttpRequest, CancellationToken, Task<LocalHttpResponse>> handler)
    {
        _handler = handler;
        (_listener, Endpoint) = Listen();
        _loop = AcceptLoopAsync();
    }

    /// <summary>Convenience for handlers that need no cancellation.</summary>
    public LocalHttpServer(Func<LocalHttpRequest, LocalHttpResponse> handler)
        : this((request, _) => Task.FromResult(handler(request)))
    {
    }

    /// <summary>Base URL, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>Requests received so far, in arrival order.</summary>
    public IReadOnlyList<LocalHttpRequest> Requests => [.. _requests];

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
            // closing the listener ends the accept loop with one of these
        }

        _stopping.Dispose();
    }

    private static (HttpListener Listener, Uri Endpoint) Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            var endpoint = new Uri($"http://127.0.0.1:{FreeTcpPort.Next()}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(endpoint.ToString());
            try
            {
                listener.Start();
                return (listener, endpoint);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // port taken between probe and bind: try another
                listener.Close();
            }
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            var context = await _listener.GetContextAsync();
            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        try
        {
            var request = await ReadAsync(context.Request);
            _requests.Enqueue(request);
            LocalHttpResponse response;
            try
            {
                response = await _handler(request, _stopping.Token);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                context.Response.Abort();
                return;
            }
            catch (Exception e)
            {
                response = LocalHttpResponse.Text($"test handler failed: {e}", 500);
            }

            await WriteAsync(context.Response, response);
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // client went away or server is closing
        }
    }

    private static async Task<LocalHttpRequest> ReadAsync(HttpListenerRequest request)
    {
        using var buffer = new MemoryStream();
        await request.InputStream.CopyToAsync(buffer);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in request.Headers.AllKeys)
        {
            if (name is not null)
            {
                headers[name] = string.Join(',', request.Headers.GetValues(name) ?? []);
            }
        }

        var raw = request.RawUrl ?? "/";
        var q = raw.IndexOf('?', StringComparison.Ordinal);
        return new LocalHttpRequest(
            request.HttpMethod.ToUpperInvariant(),
            q < 0 ? raw : raw[..q],
            q < 0 ? "" : raw[(q + 1)..],
            headers,
            buffer.ToArray());
    }

    private static async Task WriteAsync(HttpListenerResponse target, LocalHttpResponse response)
    {
        target.StatusCode = response.StatusCode;
        target.ContentType = response.ContentType;
        foreach (var (name, value) in response.Headers)
        {
            target.Headers[name] = value;
        }

        target.ContentLength64 = response.Body.Length;
        await target.OutputStream.WriteAsync(response.Body);
        target.Close();
    }
}
