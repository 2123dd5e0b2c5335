using System.Collections.Concurrent;
using System.Diagnostics;

namespace LlmWatch.Functions.Tests.Aot;

/// <summary>The published <c>bootstrap</c> running as a child process, as Lambda would start it; stdout is captured by line.</summary>
internal sealed class BootstrapProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();

    private BootstrapProcess(Process process) => _process = process;

    public IReadOnlyList<string> StdoutLines => [.. _stdout];

    public string Output => string.Join('\n', _stdout) + "\n" + string.Join('\n', _stderr);

    public static BootstrapProcess Start(string path, string runtimeApi, string handler, IReadOnlyDictionary<string, string>? extra = null)
    {
        var info = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(path)!,
        };
        info.Environment.Remove("METRICS_NAMESPACE");
        info.Environment.Remove("PRICE_FILE");
        info.Environment["AWS_LAMBDA_RUNTIME_API"] = runtimeApi;
        info.Environment["_HANDLER"] = handler;
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
            info.Environment[key] = value;

        var process = new Process { StartInfo = info };
        var running = new BootstrapProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) running._stdout.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) running._stderr.Enqueue(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    /// <summary>Waits (bounded) for the process to exit; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan bound)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(bound);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>Polls (bounded: a real process writes asynchronously) until the captured stdout satisfies <paramref name="condition"/>.</summary>
    public async Task<IReadOnlyList<string>> WaitForStdoutAsync(Func<IReadOnlyList<string>, bool> condition, TimeSpan bound)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition(StdoutLines) && stopwatch.Elapsed < bound)
            await Task.Delay(20, TestContext.Current.CancellationToken);
        return StdoutLines;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
