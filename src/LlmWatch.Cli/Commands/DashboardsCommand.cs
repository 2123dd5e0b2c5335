using System.CommandLine;
using System.Text.Json.Nodes;
using LlmWatch.Core.Alarms.Definitions;
using LlmWatch.Core.Dashboards;
using LlmWatch.Core.Templates;

namespace LlmWatch.Cli.Commands;

/// <summary><c>llmwatch dashboards</c>: prints or writes the CloudWatch (or Grafana) dashboard bodies.</summary>
internal static class DashboardsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Write one JSON file per dashboard into this directory" };
        var grafana = new Option<bool>("--grafana") { Description = "Grafana dashboard JSON for the CloudWatch data source instead of CloudWatch bodies" };
        var region = new Option<string>("--region") { Description = "Region written into the bodies", DefaultValueFactory = _ => "us-east-1" };
        var stack = new Option<string>("--stack") { Description = "Stack name (alarm names, function names)", DefaultValueFactory = _ => "llmwatch" };
        var account = new Option<string>("--account") { Description = "Account id in alarm ARNs", DefaultValueFactory = _ => "123456789012" };
        var sageMaker = new Option<bool>("--sagemaker") { Description = "Include the SageMaker row (as when SageMakerEndpointName is set)" };
        var template = new Option<FileInfo>("--template") { Description = "SAM template whose functions the pipeline widget shows", DefaultValueFactory = _ => new FileInfo("serverless.template") };
        var command = new Command("dashboards", "Render the Operations, Cost, Quality and Executive dashboards from the dashboard model")
        {
            outDir, grafana, region, stack, account, sageMaker, template,
        };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(template)!;
            var options = file.Exists && JsonNode.Parse(await File.ReadAllTextAsync(file.FullName, ct)) is JsonObject root
                ? TemplateInventory.Discover(root)
                : AlarmModelOptions.Default;
            var model = AlarmCatalog.Create(options);
            var values = DashboardValues.For(model, parse.GetValue(region)!, parse.GetValue(stack)!, parse.GetValue(account)!);
            var withSageMaker = parse.GetValue(sageMaker);
            var useGrafana = parse.GetValue(grafana);
            var dir = parse.GetValue(outDir);
            foreach (var dashboard in DashboardCatalog.Create(model))
            {
                var body = useGrafana
                    ? GrafanaDashboardRenderer.Render(dashboard, values, withSageMaker)
                    : CloudWatchDashboardRenderer.Resolve(CloudWatchDashboardRenderer.Render(dashboard, withSageMaker), values);
                if (dir is null)
                {
                    await env.Out.WriteLineAsync($"# {dashboard.Title}");
                    await env.Out.WriteLineAsync(body);
                    continue;
                }
                dir.Create();
                var path = Path.Combine(dir.FullName, $"{(useGrafana ? "grafana-" : "")}{dashboard.NameSuffix}.json");
                await File.WriteAllTextAsync(path, body + "\n", ct);
                await env.Out.WriteLineAsync(path);
            }
            return 0;
        });
        return command;
    }
}
