using System.CommandLine;
using LlmWatch.Cli.Input;
using LlmWatch.Cli.Rendering;
using LlmWatch.Core.Pricing;

namespace LlmWatch.Cli.Commands;

/// <summary><c>llmwatch prices [--model ID] [--prices FILE] [--json]</c>: the price table, or how one model id is priced.</summary>
internal static class PricesCommand
{
    /// <summary>Exit code when <c>--model</c> names an id that has no price (its tokens would be counted as unpriced).</summary>
    public const int Unpriced = 1;

    /// <summary>Exit code for an override file that is missing, unreadable or invalid.</summary>
    public const int BadPriceFile = 2;

    public static Command Create(CliEnvironment env)
    {
        var model = new Option<string>("--model") { Description = "Show how this model id, profile id or ARN resolves to a price" };
        var prices = new Option<FileInfo>("--prices") { Description = "Override file applied over the embedded table (see README \"Pricing\")" };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a table" };
        var command = new Command("prices", "Show the price table (USD per 1M tokens) and its dataset version, or how one model id is priced");
        command.Options.Add(model);
        command.Options.Add(prices);
        command.Options.Add(json);
        command.SetAction(parse => Run(env, parse.GetValue(model), parse.GetValue(prices), parse.GetValue(json)));
        return command;
    }

    private static int Run(CliEnvironment env, string? modelId, FileInfo? overrideFile, bool json)
    {
        if (!PriceFiles.TryLoad(overrideFile, env.Error, "prices", out var book))
            return BadPriceFile;
        var now = env.Time.GetUtcNow();
        if (modelId is not null)
        {
            var resolution = book.Resolve(modelId);
            if (json)
                PriceTableJson.WriteResolution(env.Out, book, resolution, now);
            else
                PriceTableText.WriteResolution(env.Out, book, resolution, now);
            return resolution.IsPriced ? 0 : Unpriced;
        }
        if (json)
            PriceTableJson.WriteTable(env.Out, book);
        else if (env.IsTerminal)
            PriceTableSpectre.WriteTable(env.Out, book);
        else
            PriceTableText.WriteTable(env.Out, book);
        return 0;
    }
}
