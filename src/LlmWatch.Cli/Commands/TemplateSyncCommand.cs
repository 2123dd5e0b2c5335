using System.CommandLine;
using System.Text.Json.Nodes;
using LlmWatch.Cli.Rendering;
using LlmWatch.Core.Templates;

namespace LlmWatch.Cli.Commands;

/// <summary><c>llmwatch template-sync</c>: regenerates the alarm and dashboard part of serverless.template, or checks it.</summary>
internal static class TemplateSyncCommand
{
    public static Command Create(CliEnvironment env)
    {
        var template = new Option<FileInfo>("--template") { Description = "The SAM template", DefaultValueFactory = _ => new FileInfo("serverless.template") };
        var check = new Option<bool>("--check") { Description = "Only report differences; exit 1 when the template is out of date" };
        var command = new Command("template-sync", "Write the alarms, dashboards and their parameters from the models into serverless.template")
        {
            template, check,
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
            var fragment = TemplateFragmentBuilder.For(root);
            if (parse.GetValue(check))
            {
                var problems = TemplateSync.Compare(root, fragment);
                foreach (var p in problems) await env.Out.WriteLineAsync(p);
                await env.Out.WriteLineAsync(problems.Count == 0 ? $"{file.Name} is in sync" : $"{problems.Count} difference(s); run: llmwatch template-sync");
                return problems.Count == 0 ? 0 : 1;
            }
            TemplateSync.Apply(root, fragment);
            await File.WriteAllTextAsync(file.FullName, TemplateJson.Splice(text, root), ct);
            await env.Out.WriteLineAsync($"updated {file.FullName}");
            return 0;
        });
        return command;
    }
}
