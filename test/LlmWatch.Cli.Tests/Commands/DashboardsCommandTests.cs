using System.Text.Json.Nodes;

namespace LlmWatch.Cli.Tests.Commands;

public class DashboardsCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("llmwatch-dashboards-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task Writes_four_cloudwatch_bodies_for_the_given_region()
    {
        var run = await Cli.RunAsync("dashboards", "--out", _dir.FullName, "--region", "eu-central-1");

        Assert.Equal(0, run.ExitCode);
        var files = _dir.GetFiles("*.json").Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["cost.json", "executive.json", "operations.json", "quality.json"], files);
        var ops = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_dir.FullName, "operations.json"), TestContext.Current.CancellationToken))!;
        var metrics = ops["widgets"]!.AsArray().Where(w => w!["type"]!.GetValue<string>() == "metric").ToList();
        Assert.All(metrics, w => Assert.Equal("eu-central-1", w!["properties"]!["region"]!.GetValue<string>()));
        Assert.Contains(metrics, w => w!["properties"]!["title"]!.GetValue<string>().Contains("AWS/Bedrock", StringComparison.Ordinal));
        Assert.Contains(ops["widgets"]!.AsArray(), w => w!["type"]!.GetValue<string>() == "alarm");
    }

    [Fact]
    public async Task Grafana_output_uses_the_cloudwatch_data_source()
    {
        var run = await Cli.RunAsync("dashboards", "--out", _dir.FullName, "--grafana");

        Assert.Equal(0, run.ExitCode);
        var quality = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_dir.FullName, "grafana-quality.json"), TestContext.Current.CancellationToken))!;
        var panels = quality["panels"]!.AsArray();
        Assert.NotEmpty(panels);
        var composite = panels.First(p => p!["title"]!.GetValue<string>() == "Composite quality by model")!;
        Assert.Equal("cloudwatch", composite["datasource"]!["type"]!.GetValue<string>());
        Assert.Contains("CompositeScore", composite["targets"]![0]!["expression"]!.GetValue<string>(), StringComparison.Ordinal);
        var steps = composite["fieldConfig"]!["defaults"]!["thresholds"]!["steps"]!.AsArray().Skip(1).Select(s => s!["value"]!.GetValue<double>());
        Assert.Equal([85.0, 95.0], steps);
    }

    [Fact]
    public async Task Prints_every_dashboard_without_out()
    {
        var run = await Cli.RunAsync("dashboards");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["# Operations", "# Cost", "# Quality", "# Executive"], run.Out.Split('\n').Where(l => l.StartsWith("# ", StringComparison.Ordinal)).Select(l => l.TrimEnd()));
    }
}
