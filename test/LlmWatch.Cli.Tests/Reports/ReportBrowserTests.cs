using LlmWatch.Cli.Tests.Commands;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.TestKit;
using Microsoft.Playwright;

namespace LlmWatch.Cli.Tests.Reports;

/// <summary>The HTML report renders in headless Chromium: charts drawn, no console errors, nothing fetched.</summary>
public class ReportBrowserTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("llmwatch-report-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task Report_renders_its_charts_in_chromium_without_console_errors()
    {
        Assert.True(File.Exists(Chromium), "Debian chromium is missing: .ci/run installs it (apt-get install chromium)");
        var logs = BacktestCommandTests.Incident().WriteJsonl(Path.Combine(_dir.FullName, "incident.jsonl"));
        var report = Path.Combine(_dir.FullName, "report.html");
        var run = await Cli.RunAsync("replay", logs, "--backtest", RepoFiles.Path("serverless.template"), "--report", report);
        Assert.True(run.ExitCode == 0, run.Error);
        var html = await File.ReadAllTextAsync(report, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1240, Height = 900 } });
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Add($"console {message.Type}: {message.Text}"); };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.Request += (_, request) => { if (!request.Url.StartsWith("file:", StringComparison.Ordinal)) problems.Add($"fetched {request.Url}"); };

        await page.GotoAsync(new Uri(report).AbsoluteUri);

        var charts = await page.Locator("svg.chart").AllAsync();
        Assert.Equal(2 * 4, charts.Count);   // two models, four charts each
        foreach (var chart in charts.Append(page.Locator("svg.timeline")))
        {
            var box = await chart.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Width > 100 && box.Height > 50, $"chart drawn at {box.Width}x{box.Height}");
        }
        Assert.True(await page.Locator("svg.chart polyline").CountAsync() >= 2 * 5, "latency, token and cost lines are drawn");
        Assert.True(await page.Locator("svg.timeline rect.s-ALARM").CountAsync() >= 3, "the timeline shows the three alarms that fired");
        Assert.Equal("9", await page.GetAttributeAsync("body", "data-charts"));   // the script ran
        Assert.Empty(problems);

        var artifacts = Directory.CreateDirectory(Path.Combine(RepoFiles.Root, "TestResults", "artifacts"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts.FullName, "report.png"), FullPage = true });
        Assert.True(new FileInfo(Path.Combine(artifacts.FullName, "report.png")).Length > 10_000);
    }
}
