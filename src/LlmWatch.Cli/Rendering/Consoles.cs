using Spectre.Console;

namespace LlmWatch.Cli.Rendering;

/// <summary>Spectre consoles bound to the command's writers (so tests capture what people see).</summary>
internal static class Consoles
{
    /// <summary>Width used when output is not a terminal, so piped tables keep whole model ids.</summary>
    public const int RedirectedWidth = 200;

    public static IAnsiConsole For(TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
            console.Profile.Width = RedirectedWidth;
        return console;
    }
}
