using System.Diagnostics;
using System.Text.Json;
using LlmWatch.TestKit.Http;

namespace LlmWatch.Aws.Tests.Signing;

/// <summary>Asks botocore (python3) what SigV4 signature a received request should carry.</summary>
internal static class BotocoreSigV4
{
    public static async Task<string> ExpectedSignatureAsync(LocalHttpRequest request, Uri endpoint, string accessKey,
        string secretKey, string region, string service, CancellationToken cancellationToken)
    {
        var spec = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["method"] = request.Method,
            ["url"] = $"{endpoint.GetLeftPart(UriPartial.Authority)}{request.RawPath}{(request.Query.Length > 0 ? "?" + request.Query : "")}",
            ["headers"] = request.Headers,
            ["body_b64"] = Convert.ToBase64String(request.Body),
            ["access_key"] = accessKey,
            ["secret_key"] = secretKey,
            ["region"] = region,
            ["service"] = service,
        });
        var script = Path.Combine(AppContext.BaseDirectory, "Signing", "botocore_sigv4.py");
        var info = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(script);
        using var process = Process.Start(info)!;
        await process.StandardInput.WriteAsync(spec);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        Assert.True(process.ExitCode == 0, $"botocore signer failed: {await stderr}");
        return (await stdout).Trim();
    }

    /// <summary>The <c>Signature=</c> part of a SigV4 Authorization header.</summary>
    public static string SignatureOf(string? authorization)
    {
        Assert.NotNull(authorization);
        var at = authorization.IndexOf("Signature=", StringComparison.Ordinal);
        Assert.True(at >= 0, authorization);
        return authorization[(at + "Signature=".Length)..].Trim();
    }
}
