using System.Text;
using System.Text.RegularExpressions;

namespace LlmWatch.Core.Pricing;

/// <summary>A genai-prices match rule against a (lower-case, normalized) model id.</summary>
public sealed class MatchRule
{
    // A pattern comes from the embedded table or the user's own override file; the timeout only guards against
    // a pathological pattern, and the result is cached per model id, so the regex runs once per id.
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private readonly MatchRule[] _children;
    private readonly Regex? _regex;

    private MatchRule(MatchKind kind, string value, MatchRule[] children, Regex? regex)
    {
        Kind = kind;
        Value = value;
        _children = children;
        _regex = regex;
    }

    public MatchKind Kind { get; }

    /// <summary>The operand of a leaf rule (lower-case except for regex patterns); empty for <c>and</c>/<c>or</c>.</summary>
    public string Value { get; }

    public IReadOnlyList<MatchRule> Children => _children;

    /// <summary>A leaf rule; throws <see cref="ArgumentException"/> for an invalid regex.</summary>
    public static MatchRule Leaf(MatchKind kind, string value)
    {
        if (kind is MatchKind.And or MatchKind.Or)
            throw new ArgumentException("and/or rules take children", nameof(kind));
        if (kind != MatchKind.Regex)
            return new MatchRule(kind, value.ToLowerInvariant(), [], null);
        return new MatchRule(kind, value, [], new Regex(value, RegexOptions.CultureInvariant, RegexTimeout));
    }

    public static MatchRule Group(MatchKind kind, IReadOnlyList<MatchRule> children)
    {
        if (kind is not (MatchKind.And or MatchKind.Or))
            throw new ArgumentException("only and/or rules take children", nameof(kind));
        return new MatchRule(kind, "", [.. children], null);
    }

    /// <summary>Whether <paramref name="modelId"/> (already lower-case) matches.</summary>
    public bool IsMatch(string modelId)
    {
        switch (Kind)
        {
            case MatchKind.Contains: return modelId.Contains(Value, StringComparison.Ordinal);
            case MatchKind.StartsWith: return modelId.StartsWith(Value, StringComparison.Ordinal);
            case MatchKind.EndsWith: return modelId.EndsWith(Value, StringComparison.Ordinal);
            case MatchKind.EqualsId: return string.Equals(modelId, Value, StringComparison.Ordinal);
            case MatchKind.Regex:
                try
                {
                    return _regex!.IsMatch(modelId);
                }
                catch (RegexMatchTimeoutException)
                {
                    return false;
                }
            case MatchKind.And:
                foreach (var child in _children)
                {
                    if (!child.IsMatch(modelId))
                        return false;
                }
                return true;
            default:
                foreach (var child in _children)
                {
                    if (child.IsMatch(modelId))
                        return true;
                }
                return false;
        }
    }

    /// <summary>The leaf rule that made <paramref name="modelId"/> match (the whole rule for <c>and</c>), for explanations.</summary>
    public MatchRule? Explain(string modelId)
    {
        if (Kind != MatchKind.Or)
            return IsMatch(modelId) ? this : null;
        foreach (var child in _children)
        {
            var hit = child.Explain(modelId);
            if (hit is not null)
                return hit;
        }
        return null;
    }

    /// <summary>The rule in the dataset's own JSON-like words, e.g. <c>contains "claude-3-haiku"</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        Append(text);
        return text.ToString();
    }

    private void Append(StringBuilder text)
    {
        if (Kind is MatchKind.And or MatchKind.Or)
        {
            text.Append(Kind == MatchKind.And ? "and(" : "or(");
            for (var i = 0; i < _children.Length; i++)
            {
                if (i > 0)
                    text.Append(", ");
                _children[i].Append(text);
            }
            text.Append(')');
            return;
        }
        text.Append(KeyOf(Kind)).Append(" \"").Append(Value).Append('"');
    }

    /// <summary>The JSON key of a match operator.</summary>
    public static string KeyOf(MatchKind kind) => kind switch
    {
        MatchKind.Contains => "contains",
        MatchKind.StartsWith => "starts_with",
        MatchKind.EndsWith => "ends_with",
        MatchKind.EqualsId => "equals",
        MatchKind.Regex => "regex",
        MatchKind.And => "and",
        _ => "or",
    };
}
