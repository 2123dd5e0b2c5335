using System.Text.RegularExpressions;
using LlmWatch.TestKit;
using LlmWatch.TestKit.Processes;

[assembly: AssemblyFixture(typeof(LlmWatch.Functions.Tests.Aot.PublishedBootstrap))]

namespace LlmWatch.Functions.Tests.Aot;

/// <summary>
/// Publishes the function as Native AOT once per test run (it takes a while), through <c>make build-MetricsFunction</c>
/// as SAM does, and shares the result.
/// A private native intermediate folder makes the AOT compiler run, so its analysis warnings show up every time.
/// </summary>
public sealed partial class PublishedBootstrap : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"llmwatch-aot-{Guid.NewGuid():N}");

    public string OutputDirectory => Path.Combine(_root, "publish");

    public string BootstrapPath => Path.Combine(OutputDirectory, "bootstrap");

    public ProcessResult Publish { get; private set; } = new(-1, string.Empty, string.Empty);

    /// <summary>Distinct IL trim/AOT analysis warnings or errors (ILxxxx) in the publish output.</summary>
    public IReadOnlyList<string> AnalysisWarnings { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        // Built the way `sam build` builds it: the template's makefile target with ARTIFACTS_DIR set.
        Publish = await ProcessRunner.RunAsync(
            "make",
            ["build-MetricsFunction", $"ARTIFACTS_DIR={OutputDirectory}", $"PRICE_OVERRIDE={RepoFiles.Event("prices-override.json")}",
             $"PUBLISH_FLAGS=-p:NativeIntermediateOutputPath={Path.Combine(_root, "native")}/ -nodeReuse:false --disable-build-servers"],
            RepoFiles.Root,
            // The test host's MSBuild variables would point the child build at the wrong SDK pieces.
            new Dictionary<string, string?>
            {
                ["MSBUILD_EXE_PATH"] = null,
                ["MSBuildExtensionsPath"] = null,
                ["MSBuildSDKsPath"] = null,
                ["MSBuildLoadMicrosoftTargetsReadOnly"] = null,
            });
        AnalysisWarnings = [.. IlDiagnostic().Matches(Publish.Combined).Select(m => m.Value.Trim()).Distinct(StringComparer.Ordinal)];
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        return ValueTask.CompletedTask;
    }

    [GeneratedRegex(@"(warning|error) IL\d{4}[^\r\n]*")]
    private static partial Regex IlDiagnostic();
}
