using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LlmWatch.Core.Templates;

/// <summary>Reads the Default of every template parameter as text (numbers in invariant form, lists comma-joined).</summary>
public static class TemplateParameters
{
    public static Dictionary<string, string> Defaults(JsonObject template)
    {
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        if (template["Parameters"] is not JsonObject parameters) return defaults;
        foreach (var (name, parameter) in parameters)
        {
            if (parameter?["Default"] is not JsonNode value) continue;
            defaults[name] = value.GetValueKind() switch
            {
                JsonValueKind.String => value.GetValue<string>(),
                JsonValueKind.Number => value.GetValue<double>().ToString(CultureInfo.InvariantCulture),
                JsonValueKind.Array => string.Join(',', value.AsArray().Select(v => v?.ToString())),
                _ => value.ToJsonString(),
            };
        }
        return defaults;
    }
}
