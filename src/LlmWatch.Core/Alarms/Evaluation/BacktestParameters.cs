using System.Globalization;
using System.Text;

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
    public string Substitute(string expression)
    {
        var sb = new StringBuilder(expression.Length);
        var i = 0;
        while (i < expression.Length)
        {
            var start = expression.IndexOf("${", i, StringComparison.Ordinal);
            if (start < 0) { sb.Append(expression, i, expression.Length - i); break; }
            var end = expression.IndexOf('}', start);
            var name = expression.Substring(start + 2, end - start - 2);
            sb.Append(expression, i, start - i).Append(Number(name).ToString(CultureInfo.InvariantCulture));
            i = end + 1;
        }
        return sb.ToString();
    }
}
