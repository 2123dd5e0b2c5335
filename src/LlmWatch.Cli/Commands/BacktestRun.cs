using System.Text.Json;
using System.Text.Json.Nodes;
using LlmWatch.Core.Alarms.Definitions;
using LlmWatch.Core.Alarms.Evaluation;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;
using LlmWatch.Core.Templates;

namespace LlmWatch.Cli.Commands;

/// <summary>A finished alarm backtest over replayed records, with the series it was computed from.</summary>
internal sealed record BacktestRun(BacktestResult Result, MetricSeriesSet Series, BacktestParameters Parameters, string ThresholdSource)
{
    public const string StackName = "llmwatch";

    /// <exception cref="ArgumentException">The template cannot be read or a --param is malformed.</exception>
    public static BacktestRun Execute(BacktestRequest request, IReadOnlyList<InvocationRecord> records, PriceBook prices)
    {
        var values = AlarmParameters.All.ToDictionary(p => p.Name, p => p.Default, StringComparer.Ordinal);
        var source = "the alarm model's defaults";
        if (request.Template is { } template)
        {
            if (!template.Exists) throw new ArgumentException($"template not found: {template.FullName}");
            var root = ParseTemplate(template);
            foreach (var (k, v) in TemplateParameters.Defaults(root)) values[k] = v;
            source = $"{template.Name} parameter defaults";
        }
        var overridden = new List<string>();
        foreach (var pair in request.Parameters)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new ArgumentException($"--param expects Key=Value, got '{pair}'");
            values[pair[..eq]] = pair[(eq + 1)..];
            overridden.Add(pair[..eq]);
        }
        if (overridden.Count > 0) source += $", overridden: {string.Join(", ", overridden)}";

        var builder = new MetricSeriesBuilder((InvocationRecord r, out double usd) => prices.TryGetCostUsd(r, out usd));
        foreach (var record in records) builder.Add(record);
        var parameters = new BacktestParameters(values);
        var models = overridden.Contains(AlarmParameters.ModelIds)
            ? values[AlarmParameters.ModelIds].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : null;
        try
        {
            var result = AlarmBacktest.Run(AlarmCatalog.Create(), builder.Series, parameters, StackName, models);
            return new BacktestRun(result, builder.Series, parameters, source);
        }
        catch (KeyNotFoundException e)
        {
            throw new ArgumentException(e.Message, e);
        }
    }

    private static JsonObject ParseTemplate(FileInfo template)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(template.FullName)) as JsonObject
                ?? throw new ArgumentException($"{template.Name} is not a JSON template");
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"{template.Name} is not a JSON template: {e.Message}", e);
        }
    }
}
