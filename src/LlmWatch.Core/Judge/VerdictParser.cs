using System.Text;
using System.Text.Json;

namespace LlmWatch.Core.Judge;

/// <summary>
/// Strict parsing of the judge's reply: one JSON object with exactly the rubric's keys, each
/// <c>{"score": number 0–100, "reason": string}</c>. Anything else is a counted failure, never a guess.
/// One surrounding Markdown code fence is tolerated because models add it even when told not to.
/// </summary>
public sealed class VerdictParser(Rubric rubric)
{
    private static readonly string[] RefusalMarkers =
    [
        "i can't", "i cannot", "i can not", "i won't", "i will not", "i'm sorry", "i am sorry", "i apologize",
        "i'm unable", "i am unable", "i'm not able", "i am not able", "unable to comply", "not able to help", "as an ai",
    ];

    public VerdictParseResult Parse(string? reply)
    {
        var text = StripFence((reply ?? "").Trim());
        if (text.Length == 0)
            return VerdictParseResult.Fail(VerdictFailure.Prose, "empty reply");
        if (text[0] != '{')
            return IsRefusal(text) ? VerdictParseResult.Fail(VerdictFailure.Refusal, Snippet(text)) : VerdictParseResult.Fail(VerdictFailure.Prose, Snippet(text));
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 8 });
            return Validate(document.RootElement);
        }
        catch (JsonException e)
        {
            return VerdictParseResult.Fail(VerdictFailure.MalformedJson, e.Message);
        }
    }

    private VerdictParseResult Validate(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return VerdictParseResult.Fail(VerdictFailure.SchemaMismatch, "not an object");
        var scores = new CriterionScore?[rubric.Criteria.Count];
        foreach (var property in root.EnumerateObject())
        {
            var index = IndexOf(property.Name);
            if (index < 0)
                return VerdictParseResult.Fail(VerdictFailure.SchemaMismatch, $"unexpected key '{Snippet(property.Name)}'");
            if (scores[index] is not null)
                return VerdictParseResult.Fail(VerdictFailure.SchemaMismatch, $"duplicate key '{property.Name}'");
            var (score, failure, detail) = Criterion(property.Name, property.Value);
            if (failure != VerdictFailure.None)
                return VerdictParseResult.Fail(failure, detail);
            scores[index] = score;
        }
        var missing = Array.FindIndex(scores, s => s is null);
        return missing >= 0
            ? VerdictParseResult.Fail(VerdictFailure.SchemaMismatch, $"missing key '{rubric.Criteria[missing].Key}'")
            : new VerdictParseResult(new JudgeVerdict(scores!), VerdictFailure.None, "");
    }

    private static (CriterionScore? Score, VerdictFailure Failure, string Detail) Criterion(string key, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
            return (null, VerdictFailure.SchemaMismatch, $"'{key}' is not an object");
        double? score = null;
        string? reason = null;
        foreach (var member in value.EnumerateObject())
        {
            if (member.NameEquals("score") && score is null)
            {
                if (member.Value.ValueKind != JsonValueKind.Number || !member.Value.TryGetDouble(out var number))
                    return (null, VerdictFailure.SchemaMismatch, $"'{key}.score' is not a number");
                if (!double.IsFinite(number) || number is < 0 or > 100)
                    return (null, VerdictFailure.ScoreOutOfRange, $"'{key}.score' = {member.Value.GetRawText()}");
                score = number;
            }
            else if (member.NameEquals("reason") && reason is null && member.Value.ValueKind == JsonValueKind.String)
            {
                reason = member.Value.GetString()!;
            }
            else
            {
                return (null, VerdictFailure.SchemaMismatch, $"unexpected or invalid '{key}.{Snippet(member.Name)}'");
            }
        }
        return score is null || reason is null
            ? (null, VerdictFailure.SchemaMismatch, $"'{key}' needs score and reason")
            : (new CriterionScore(key, score.Value, OneLine(reason)), VerdictFailure.None, "");
    }

    private int IndexOf(string key)
    {
        for (var i = 0; i < rubric.Criteria.Count; i++)
        {
            if (string.Equals(rubric.Criteria[i].Key, key, StringComparison.Ordinal))
                return i;
        }
        return -1;
    }

    private static string StripFence(string text)
    {
        if (!text.StartsWith("```", StringComparison.Ordinal) || !text.EndsWith("```", StringComparison.Ordinal) || text.Length < 6)
            return text;
        var firstNewline = text.IndexOf('\n', StringComparison.Ordinal);
        return firstNewline < 0 ? text : text[(firstNewline + 1)..^3].Trim();
    }

    private static bool IsRefusal(string text)
    {
        var head = text.Length > 300 ? text[..300] : text;
        head = head.Replace('\u2019', '\'').ToLowerInvariant();
        return RefusalMarkers.Any(m => head.Contains(m, StringComparison.Ordinal));
    }

    private static string OneLine(string reason)
    {
        var builder = new StringBuilder(Math.Min(reason.Length, 300));
        foreach (var c in reason.AsSpan(0, Math.Min(reason.Length, 300)))
            builder.Append(char.IsControl(c) ? ' ' : c);
        return builder.ToString().Trim();
    }

    private static string Snippet(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
