using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using LlmWatch.TestKit.Http;
using Xunit;

namespace LlmWatch.TestKit.Aws;

/// <summary>
/// A private <c>moto_server</c> on 127.0.0.1 with SigV4 verification on. Use as an xunit assembly or collection
/// fixture: it starts on a free port, creates an IAM user with an allow-all policy and an access key (the only
/// unsigned calls moto accepts), and kills its process tree on dispose. Every request after start-up must be
/// signed with <see cref="AccessKeyId"/>/<see cref="SecretAccessKey"/>, so tests prove the signatures.
/// </summary>
public sealed class MotoServer : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private const int StartAttempts = 3;

    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    /// <summary>Base URL of the server, e.g. <c>http://127.0.0.1:45123/</c>; one endpoint serves every service.</summary>
    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Region the tests sign for (moto accepts any).</summary>
    public string Region { get; } = "us-east-1";

    /// <summary>Account moto uses for ARNs.</summary>
    public string AccountId { get; } = "123456789012";

    public string AccessKeyId { get; private set; } = "";

    public string SecretAccessKey { get; private set; } = "";

    /// <summary>Last lines moto printed, for failure messages.</summary>
    public string RecentOutput => string.Join('\n', _output);

    public async ValueTask InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeTcpPort.Next();
            StartProcess(port);
            if (await WaitUntilListeningAsync(port, timeout.Token))
            {
                Endpoint = new Uri($"http://127.0.0.1:{port}/");
                break;
            }

            // another process took the port between probe and bind: moto exited; try a new port
            await StopProcessAsync();
            if (attempt == StartAttempts)
            {
                throw new InvalidOperationException($"moto_server did not start after {attempt} attempts:\n{RecentOutput}");
            }
        }

        using var http = new HttpClient();
        (AccessKeyId, SecretAccessKey) =
            await MotoIamBootstrap.CreateAccessKeyAsync(http, Endpoint, Region, timeout.Token);
    }

    public async ValueTask DisposeAsync() => await StopProcessAsync();

    private void StartProcess(int port)
    {
        var info = new ProcessStartInfo("moto_server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-H");
        info.ArgumentList.Add("127.0.0.1");
        info.ArgumentList.Add("-p");
        info.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        info.Environment["INITIAL_NO_AUTH_ACTION_COUNT"] =
            MotoIamBootstrap.UnsignedCallsNeeded.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            _process = Process.Start(info) ?? throw new InvalidOperationException("moto_server did not start");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                "moto_server is not on PATH; install it with `pip install 'moto[server]'`", e);
        }

        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private async Task<bool> WaitUntilListeningAsync(int port, CancellationToken cancellationToken)
    {
        // bounded poll of a real child process: the only way to know it has bound its socket
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process is null || _process.HasExited)
            {
                return false;
            }

            if (await FreeTcpPort.IsAcceptingAsync(port, cancellationToken))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    private async Task StopProcessAsync()
    {
        var process = _process;
        _process = null;
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await process.WaitForExitAsync(wait.Token);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        catch (OperationCanceledException)
        {
            // left to the OS; nothing else to do in a test run
        }
        finally
        {
            process.Dispose();
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 50 && _output.TryDequeue(out _))
        {
        }
    }
}
