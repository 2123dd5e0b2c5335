using System.CommandLine;
using System.Text.Json.Nodes;
using LlmWatch.Cli.Rendering;
using LlmWatch.Core.Metrics.Schema;
using LlmWatch.Core.Templates;

namespace LlmWatch.Cli.Commands;

/// <summary>
/// <c>llmwatch template-sync</c>: regenerates the alarm and dashboard part of serverless.template and README's metric
/// tables from the models, or checks them.
/// </summary>
internal static class TemplateSyncCommand
{
    public static Command Create(CliEnvironment env)
    {
        var template = new Option<FileInfo>("--template") { Description = "The SAM template", DefaultValueFactory = _ => new FileInfo("serverless.template") };
        var readme = new Option<FileInfo?>("--readme") { Description = "README whose metric tables are written from the metric schema (default: README.md beside the template, when there is one)" };
        var check = new Option<bool>("--check") { Description = "Only report differences; exit 1 when the template or README is out of date" };
        var command = new Command("template-sync", "Write the alarms, dashboards and their parameters from the models into serverless.template, and the metric tables into README.md")
        {
            template, readme, check,
        };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(template)!;
            if (!file.Exists)
            {
                await env.Error.WriteLineAsync($"template not found: {file.FullName}");
                return 2;
            }
            var text = await File.ReadAllTextAsync(file.FullName, ct);
            var root = JsonNode.Parse(text) as JsonObject;
            if (root is null)
            {
                await env.Error.WriteLineAsync($"{file.Name} is not a JSON object");
                return 2;
            }
            var readmeFile = parse.GetValue(readme);
            if (readmeFile is { Exists: false })
            {
                await env.Error.WriteLineAsync($"README not found: {readmeFile.FullName}");
                return 2;
            }
            if (readmeFile is null)
            {
                var beside = new FileInfo(Path.Combine(file.DirectoryName!, "README.md"));
                readmeFile = beside.Exists ? beside : null;
            }
            var readmeText = readmeFile is null ? null : await File.ReadAllTextAsync(readmeFile.FullName, ct);
            string? tables;
            try
            {
                tables = readmeText is null ? null : MetricTables.Splice(readmeText);
            }
            catch (FormatException e)
            {
                await env.Error.WriteLineAsync($"{readmeFile!.Name}: {e.Message}");
                return 2;
            }

            var fragment = TemplateFragmentBuilder.For(root);
            if (parse.GetValue(check))
            {
                var problems = TemplateSync.Compare(root, fragment).ToList();
                if (tables != readmeText)
                    problems.Add($"{readmeFile!.Name}: the metric tables differ from the metric schema");
                foreach (var p in problems) await env.Out.WriteLineAsync(p);
                await env.Out.WriteLineAsync(problems.Count == 0 ? $"{file.Name} is in sync" : $"{problems.Count} difference(s); run: llmwatch template-sync");
                return problems.Count == 0 ? 0 : 1;
            }
            TemplateSync.Apply(root, fragment);
            await File.WriteAllTextAsync(file.FullName, TemplateJson.Splice(text, root), ct);
            await env.Out.WriteLineAsync($"updated {file.FullName}");
            if (tables is not null && tables != readmeText)
            {
                await File.WriteAllTextAsync(readmeFile!.FullName, tables, ct);
                await env.Out.WriteLineAsync($"updated {readmeFile.FullName}");
            }
            return 0;
        });
        return command;
    }
}
