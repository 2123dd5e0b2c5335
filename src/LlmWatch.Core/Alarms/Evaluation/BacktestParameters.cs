using System.Globalization;
using LlmWatch.Core.Templates;

namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>Template parameter values (defaults plus overrides) that thresholds and expressions read.</summary>
public sealed record BacktestParameters(IReadOnlyDictionary<string, string> Values)
{
    public double Number(string name) =>
        Values.TryGetValue(name, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new KeyNotFoundException($"parameter {name} has no numeric value");

    public string? Text(string name) => Values.TryGetValue(name, out var v) ? v : null;

    /// <summary>Replaces <c>${Name}</c> with the parameter's value, as Fn::Sub does in the template.</summary>
    public string Substitute(string expression) =>
        Cfn.Substitute(expression, name => Number(name).ToString(CultureInfo.InvariantCulture));
}
