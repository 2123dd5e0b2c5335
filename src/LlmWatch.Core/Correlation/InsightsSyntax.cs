using System.Text;

namespace LlmWatch.Core.Correlation;

/// <summary>Small pieces of Logs Insights syntax shared by the query specs.</summary>
internal static class InsightsSyntax
{
    /// <summary>Extracts the role or user name from <c>identity.arn</c> into <c>caller</c>, as the metrics use it.</summary>
    public const string ParseCaller = "parse identity.arn /:(?:assumed-role|user)\\/(?<caller>[^\\/]+)/";

    /// <summary>A double-quoted string literal with backslash and quote escaped.</summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    /// <summary>Appends <c>| filter field = "value"</c> lines for the scope's model and caller.</summary>
    public static void AppendScope(StringBuilder sb, CorrelationScope scope, string modelField, string? callerField)
    {
        if (scope.ModelId is not null)
            sb.Append("\n| filter ").Append(modelField).Append(" = ").Append(Quote(scope.ModelId));
        if (scope.Caller is not null && callerField is not null)
            sb.Append("\n| filter ").Append(callerField).Append(" = ").Append(Quote(scope.Caller));
    }
}
