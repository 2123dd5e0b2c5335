using System.CommandLine;

namespace LlmWatch.Cli;

/// <summary>Builds the <c>llmwatch</c> command tree; Program is only the console sink.</summary>
internal static class CliApp
{
    public static RootCommand Build(CliEnvironment env)
    {
        var root = new RootCommand("LlmWatch: metrics, cost, quality and alarms for LLMs on Amazon Bedrock, replayed from logs.");
        root.Subcommands.Add(Commands.ReplayCommand.Create(env));
        root.Subcommands.Add(Commands.PricesCommand.Create(env));
        root.Subcommands.Add(Commands.JudgeCommand.Create(env));
        root.Subcommands.Add(Commands.DashboardsCommand.Create(env));
        root.Subcommands.Add(Commands.TemplateSyncCommand.Create(env));
        root.Subcommands.Add(Commands.PageCommand.Create(env));
        root.Subcommands.Add(Commands.OnCallCommand.Create(env));
        return root;
    }

    public static Task<int> RunAsync(string[] args, CliEnvironment env, CancellationToken cancellationToken = default)
    {
        var parse = Build(env).Parse(args);
        return parse.InvokeAsync(new InvocationConfiguration { Output = env.Out, Error = env.Error }, cancellationToken);
    }
}
