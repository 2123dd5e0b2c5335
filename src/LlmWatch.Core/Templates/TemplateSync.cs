using System.Text.Json.Nodes;

namespace LlmWatch.Core.Templates;

/// <summary>
/// Puts a <see cref="TemplateFragment"/> into a template (replacing entries in place, appending new ones, removing
/// entries a previous sync generated that the model no longer has) and reports where a template disagrees with it.
/// The list of generated keys is kept in the template's <c>Metadata.LlmWatchGenerated</c>.
/// </summary>
public static class TemplateSync
{
    public const string MetadataKey = "LlmWatchGenerated";

    public static void Apply(JsonObject template, TemplateFragment fragment)
    {
        EnsureTransforms(template);
        var previous = GeneratedKeys(template);
        foreach (var section in TemplateFragment.Sections)
        {
            var generated = fragment.Owned[section];
            var target = Section(template, section);
            foreach (var stale in previous.GetValueOrDefault(section, []).Where(k => !generated.ContainsKey(k)))
            {
                target.Remove(stale);
            }
            foreach (var (key, value) in generated)
            {
                target[key] = value!.DeepClone();
            }
        }
        var resources = Section(template, "Resources");
        foreach (var (key, value) in fragment.Ensured)
        {
            if (!resources.ContainsKey(key)) resources[key] = value!.DeepClone();
        }
        var metadata = template["Metadata"] as JsonObject ?? new JsonObject();
        template["Metadata"] = metadata;
        var keys = new JsonObject();
        foreach (var section in TemplateFragment.Sections)
        {
            keys[section] = new JsonArray([.. fragment.Owned[section].Select(p => (JsonNode)JsonValue.Create(p.Key))]);
        }
        metadata[MetadataKey] = keys;
    }

    /// <summary>Every way the template differs from the fragment; empty when they agree.</summary>
    public static IReadOnlyList<string> Compare(JsonObject template, TemplateFragment fragment)
    {
        var problems = new List<string>();
        var transforms = template["Transform"] as JsonArray;
        if (transforms is null || transforms.Count == 0 || transforms[0]?.GetValue<string>() != TemplateFragment.Transforms[0])
        {
            problems.Add("Transform must list AWS::LanguageExtensions first (per-model alarms use Fn::ForEach)");
        }
        var previous = GeneratedKeys(template);
        foreach (var section in TemplateFragment.Sections)
        {
            var generated = fragment.Owned[section];
            var actual = template[section] as JsonObject ?? new JsonObject();
            foreach (var (key, value) in generated)
            {
                if (!actual.TryGetPropertyValue(key, out var have)) problems.Add($"{section}.{key} is missing");
                else if (!JsonNode.DeepEquals(have, value)) problems.Add($"{section}.{key} differs from the generator");
            }
            foreach (var stale in previous.GetValueOrDefault(section, []).Where(k => !generated.ContainsKey(k)))
            {
                if (actual.ContainsKey(stale)) problems.Add($"{section}.{stale} is generated no more but still present");
            }
        }
        var resources = template["Resources"] as JsonObject;
        foreach (var (key, _) in fragment.Ensured)
        {
            if (resources is null || !resources.ContainsKey(key)) problems.Add($"Resources.{key} is missing");
        }
        return problems;
    }

    private static void EnsureTransforms(JsonObject template)
    {
        var existing = template["Transform"] switch
        {
            JsonArray a => a.Select(n => n!.GetValue<string>()).ToList(),
            JsonValue v => [v.GetValue<string>()],
            _ => [],
        };
        var merged = TemplateFragment.Transforms.Concat(existing.Where(t => !TemplateFragment.Transforms.Contains(t))).ToList();
        template["Transform"] = new JsonArray([.. merged.Select(t => (JsonNode)JsonValue.Create(t))]);
    }

    private static JsonObject Section(JsonObject template, string name)
    {
        if (template[name] is JsonObject existing) return existing;
        var created = new JsonObject();
        template[name] = created;
        return created;
    }

    private static Dictionary<string, string[]> GeneratedKeys(JsonObject template)
    {
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (template["Metadata"]?[MetadataKey] is not JsonObject keys) return result;
        foreach (var (section, list) in keys)
        {
            if (list is JsonArray array) result[section] = [.. array.Select(n => n!.GetValue<string>())];
        }
        return result;
    }
}
