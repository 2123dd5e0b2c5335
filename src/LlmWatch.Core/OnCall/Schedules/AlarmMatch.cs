namespace LlmWatch.Core.OnCall.Schedules;

/// <summary>
/// Which alarms a maintenance window (or a silence) applies to: <c>alarm=GLOB</c> on the alarm name, where
/// <c>*</c> matches any run of characters and <c>?</c> one character, optionally narrowed to one model id.
/// Matching is case-sensitive, like CloudWatch alarm names.
/// </summary>
public sealed record AlarmMatch(string AlarmPattern, string? ModelId)
{
    public const string AlarmPrefix = "alarm=";

    /// <summary>Parses <c>alarm=llmwatch-latency-*</c>; false with a reason when it is not of that form.</summary>
    public static bool TryParse(string text, string? modelId, out AlarmMatch match, out string problem)
    {
        match = new AlarmMatch("", null);
        problem = "";
        if (!text.StartsWith(AlarmPrefix, StringComparison.Ordinal) || text.Length == AlarmPrefix.Length)
        {
            problem = $"\"{text}\" is not a match (expected alarm=PATTERN, e.g. alarm=llmwatch-latency-*)";
            return false;
        }
        if (modelId is not null && string.IsNullOrWhiteSpace(modelId))
        {
            problem = "model must not be empty";
            return false;
        }
        match = new AlarmMatch(text[AlarmPrefix.Length..], modelId);
        return true;
    }

    /// <summary>True when the alarm name matches the pattern and, if a model is named, the alarm is scoped to it.</summary>
    public bool Matches(string alarmName, string? alarmModelId) =>
        Glob(AlarmPattern, alarmName) && (ModelId is null || string.Equals(ModelId, alarmModelId, StringComparison.Ordinal));

    public override string ToString() => ModelId is null ? AlarmPrefix + AlarmPattern : $"{AlarmPrefix}{AlarmPattern} model={ModelId}";

    /// <summary>Iterative glob with backtracking to the last <c>*</c>: linear in practice, no regex, no recursion.</summary>
    private static bool Glob(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*')
            p++;
        return p == pattern.Length;
    }
}
