using System.Diagnostics;

namespace LlmWatch.ColdStart;

/// <summary>One run of the function executable (AOT <c>bootstrap</c> or <c>dotnet bootstrap.dll</c>) against a fake Runtime API.</summary>
internal sealed class ChildBootstrap : IDisposable
{
    private readonly Process _process;

    private ChildBootstrap(Process process) => _process = process;

    /// <summary><see cref="Stopwatch.GetTimestamp"/> just before the process was started.</summary>
    public long StartedAt { get; private init; }

    public int Id => _process.Id;

    public static ChildBootstrap Start(string fileName, IEnumerable<string> arguments, string runtimeApi)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        info.Environment["AWS_LAMBDA_RUNTIME_API"] = runtimeApi;
        info.Environment["_HANDLER"] = "metrics";
        var process = new Process { StartInfo = info };
        // Drain the pipes (EMF lines) so the child never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        var startedAt = Stopwatch.GetTimestamp();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildBootstrap(process) { StartedAt = startedAt };
    }

    /// <summary>Peak resident set size so far (VmHWM from /proc), in bytes.</summary>
    public long PeakRssBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        throw new InvalidOperationException("no VmHWM in /proc status");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process.Dispose();
    }
}
