using LlmWatch.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Cli.Tests;

internal static class Cli
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var env = new CliEnvironment(output, error, new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero)), IsTerminal: false);
        var code = await CliApp.RunAsync(args, env, TestContext.Current.CancellationToken);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
