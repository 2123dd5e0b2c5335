namespace LlmWatch.Functions.RuntimeApi;

/// <summary>The X-Ray trace header Lambda passes per invocation: <c>Root=1-…;Parent=…;Sampled=1</c>.</summary>
internal static class TraceHeader
{
    /// <summary>The trace id (the <c>Root</c> field, e.g. <c>1-5759e988-bd862e3fe1be46a994272793</c>), or null when absent.</summary>
    public static string? RootOf(string? header)
    {
        if (string.IsNullOrEmpty(header))
            return null;
        foreach (var part in header.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("Root=", StringComparison.Ordinal) && part.Length > 5)
                return part[5..];
        }
        return null;
    }
}
