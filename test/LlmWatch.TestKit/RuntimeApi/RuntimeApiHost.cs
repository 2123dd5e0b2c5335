using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace LlmWatch.TestKit.RuntimeApi;

/// <summary>
/// A fake Lambda Runtime API (2018-06-01) on 127.0.0.1: queues events, long-polls <c>GET next</c> until one arrives,
/// and records every response, error and init-error post.
/// </summary>
public sealed class RuntimeApiHost : IAsyncDisposable
{
    private const string Prefix = "/2018-06-01/runtime/";
    private readonly HttpListener _listener;
    private readonly Channel<QueuedInvocation> _queue = Channel.CreateUnbounded<QueuedInvocation>();
    private readonly ConcurrentDictionary<string, QueuedInvocation> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RuntimePost> _posts = new();
    private readonly TaskCompletionSource<RuntimePost> _initError = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<long> _firstNext = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _shutdown = new();
    private readonly TimeProvider _time;
    private readonly Task _acceptLoop;
    private int _nextCalls;
    private int _sequence;

    private RuntimeApiHost(HttpListener listener, int port, TimeProvider time)
    {
        _listener = listener;
        _time = time;
        Address = $"127.0.0.1:{port}";
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The value for <c>AWS_LAMBDA_RUNTIME_API</c> (<c>host:port</c>).</summary>
    public string Address { get; }

    /// <summary>Status returned by the invocation-error endpoint; 500 tells the runtime its container is broken.</summary>
    public HttpStatusCode ErrorPostStatus { get; set; } = HttpStatusCode.Accepted;

    /// <summary>Completes with the first init-error post.</summary>
    public Task<RuntimePost> InitError => _initError.Task;

    /// <summary>Completes with the <see cref="Stopwatch.GetTimestamp"/> value at the first <c>GET next</c>.</summary>
    public Task<long> FirstNext => _firstNext.Task;

    public int NextCalls => Volatile.Read(ref _nextCalls);

    public IReadOnlyCollection<RuntimePost> Posts => [.. _posts];

    /// <summary>Starts a host on a free loopback port.</summary>
    public static RuntimeApiHost Start(TimeProvider? time = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new RuntimeApiHost(listener, port, time ?? TimeProvider.System);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    /// <summary>Queues an event; the runtime receives it on its next <c>GET next</c>.</summary>
    public QueuedInvocation Enqueue(byte[] body, string? requestId = null, DateTimeOffset? deadline = null, string? traceId = null)
    {
        var id = requestId ?? $"00000000-0000-4000-8000-{Interlocked.Increment(ref _sequence):D12}";
        var invocation = new QueuedInvocation(
            id,
            body,
            deadline ?? _time.GetUtcNow().AddMinutes(5),
            "arn:aws:lambda:us-east-1:123456789012:function:llmwatch-MetricsFunction",
            traceId ?? $"Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1;Lineage={id}");
        _inFlight[id] = invocation;
        _queue.Writer.TryWrite(invocation);
        return invocation;
    }

    public async ValueTask DisposeAsync()
    {
        await _shutdown.CancelAsync();
        _queue.Writer.TryComplete();
        _listener.Close();
        try
        {
            await _acceptLoop;
        }
        catch (Exception exception) when (exception is ObjectDisposedException or HttpListenerException or OperationCanceledException)
        {
        }
        foreach (var pending in _inFlight.Values)
            pending.Abandon();
        _initError.TrySetCanceled();
        _firstNext.TrySetCanceled();
        _shutdown.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_shutdown.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is ObjectDisposedException or HttpListenerException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        try
        {
            var path = context.Request.Url?.AbsolutePath ?? string.Empty;
            if (context.Request.HttpMethod == "GET" && path == Prefix + "invocation/next")
                await ServeNextAsync(context.Response);
            else if (context.Request.HttpMethod == "POST")
                await ServePostAsync(context, path);
            else
                Finish(context.Response, HttpStatusCode.NotFound);
        }
        catch (Exception exception) when (exception is OperationCanceledException or ChannelClosedException
                                              or HttpListenerException or ObjectDisposedException or IOException)
        {
            // Shutdown or a client that went away: drop the connection.
            context.Response.Abort();
        }
    }

    private async Task ServeNextAsync(HttpListenerResponse response)
    {
        _firstNext.TrySetResult(Stopwatch.GetTimestamp());
        Interlocked.Increment(ref _nextCalls);
        var invocation = await _queue.Reader.ReadAsync(_shutdown.Token);
        response.StatusCode = (int)HttpStatusCode.OK;
        response.ContentType = "application/json";
        response.Headers["Lambda-Runtime-Aws-Request-Id"] = invocation.RequestId;
        response.Headers["Lambda-Runtime-Deadline-Ms"] = invocation.Deadline.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["Lambda-Runtime-Invoked-Function-Arn"] = invocation.FunctionArn;
        if (invocation.TraceId is not null)
            response.Headers["Lambda-Runtime-Trace-Id"] = invocation.TraceId;
        response.ContentLength64 = invocation.Body.Length;
        await response.OutputStream.WriteAsync(invocation.Body, _shutdown.Token);
        response.Close();
    }

    private async Task ServePostAsync(HttpListenerContext context, string path)
    {
        using var buffer = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(buffer, _shutdown.Token);
        var errorType = context.Request.Headers["Lambda-Runtime-Function-Error-Type"];
        if (path == Prefix + "init/error")
        {
            var post = new RuntimePost(RuntimePostKind.InitError, null, errorType, buffer.ToArray());
            _posts.Enqueue(post);
            _initError.TrySetResult(post);
            Finish(context.Response, HttpStatusCode.Accepted);
            return;
        }

        // invocation/{id}/response | invocation/{id}/error
        var parts = path.StartsWith(Prefix + "invocation/", StringComparison.Ordinal)
            ? path[(Prefix.Length + "invocation/".Length)..].Split('/')
            : [];
        var kind = parts is [_, "response"] ? RuntimePostKind.Response
            : parts is [_, "error"] ? RuntimePostKind.Error
            : (RuntimePostKind?)null;
        if (kind is null)
        {
            Finish(context.Response, HttpStatusCode.NotFound);
            return;
        }
        var requestId = Uri.UnescapeDataString(parts[0]);
        if (!_inFlight.TryRemove(requestId, out var invocation))
        {
            Finish(context.Response, HttpStatusCode.BadRequest);
            return;
        }
        var recorded = new RuntimePost(kind.Value, requestId, errorType, buffer.ToArray());
        _posts.Enqueue(recorded);
        Finish(context.Response, kind == RuntimePostKind.Error ? ErrorPostStatus : HttpStatusCode.Accepted);
        invocation.Complete(recorded);
    }

    private static void Finish(HttpListenerResponse response, HttpStatusCode status)
    {
        response.StatusCode = (int)status;
        response.ContentType = "application/json";
        var body = status == HttpStatusCode.Accepted ? "{\"status\":\"OK\"}"u8.ToArray() : "{\"errorType\":\"Fake.Refused\",\"errorMessage\":\"refused\"}"u8.ToArray();
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        response.Close();
    }
}
