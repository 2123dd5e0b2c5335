namespace LlmWatch.Aws.Logs;

/// <summary>One Logs Insights result row, in the order the service returned its fields (includes <c>@ptr</c>).</summary>
internal sealed record LogsResultRow(IReadOnlyList<LogsResultField> Fields)
{
    /// <summary>The value of <paramref name="field"/>, or null when the row lacks it.</summary>
    public string? Get(string field)
    {
        foreach (var cell in Fields)
        {
            if (string.Equals(cell.Field, field, StringComparison.Ordinal))
            {
                return cell.Value;
            }
        }

        return null;
    }
}
