using System.Text.RegularExpressions;
using LlmWatch.TestKit;
using LlmWatch.TestKit.Processes;

namespace LlmWatch.Functions.Tests.Aot;

/// <summary>The Native AOT <c>bootstrap</c> publishes without analysis warnings and runs on Amazon Linux 2023.</summary>
public partial class AotPublishTests(PublishedBootstrap published)
{
    private static readonly Version Al2023Glibc = new(2, 34);

    [Fact]
    public void Publishes_native_bootstrap_without_trim_or_aot_analysis_warnings()
    {
        Assert.True(published.Publish.ExitCode == 0, published.Publish.Combined);
        // The AOT compiler ran in this publish (not skipped as up to date), so its warnings would be in the output.
        Assert.Contains("Generating native code", published.Publish.StandardOutput, StringComparison.Ordinal);
        Assert.Empty(published.AnalysisWarnings);
        Assert.True(File.Exists(published.BootstrapPath));
        Assert.False(File.Exists(published.BootstrapPath + ".dll"), "expected a native executable, not an IL assembly");
    }

    [Fact]
    public void The_build_target_leaves_only_the_executable_and_the_price_override_in_the_package()
    {
        Assert.True(published.Publish.ExitCode == 0, published.Publish.Combined);
        var files = Directory.GetFiles(published.OutputDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(["bootstrap", "prices.override.json"], files);
        Assert.Equal(File.ReadAllBytes(RepoFiles.Event("prices-override.json")),
            File.ReadAllBytes(Path.Combine(published.OutputDirectory, "prices.override.json")));
    }

    [Fact]
    public async Task Needs_no_glibc_symbol_newer_than_Amazon_Linux_2023_has()
    {
        Assert.True(published.Publish.ExitCode == 0, published.Publish.Combined);
        var objdump = await ProcessRunner.RunAsync("objdump", ["-T", published.BootstrapPath], cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(objdump.ExitCode == 0, objdump.Combined);

        var versions = GlibcVersion().Matches(objdump.StandardOutput).Select(m => Version.Parse(m.Groups[1].Value)).ToList();

        Assert.NotEmpty(versions);
        Assert.True(versions.Max() <= Al2023Glibc, $"needs GLIBC_{versions.Max()}, Amazon Linux 2023 has {Al2023Glibc}");
    }

    [GeneratedRegex(@"GLIBC_(\d+\.\d+(?:\.\d+)?)")]
    private static partial Regex GlibcVersion();
}
