namespace LlmWatch.Core.OnCall.Notifications;

/// <summary>Reads parts of <c>arn:aws:cloudwatch:&lt;region&gt;:&lt;account&gt;:alarm:&lt;name&gt;</c>.</summary>
public static class AlarmArns
{
    public static string RegionOf(string? arn) => Part(arn, 3);

    public static string AccountOf(string? arn) => Part(arn, 4);

    /// <summary>The alarm name, which may itself contain colons.</summary>
    public static string NameOf(string arn)
    {
        var marker = arn.IndexOf(":alarm:", StringComparison.Ordinal);
        return marker < 0 ? arn : arn[(marker + 7)..];
    }

    /// <summary>The partition (aws, aws-cn, aws-us-gov) for console links.</summary>
    public static string PartitionOf(string? arn)
    {
        var p = Part(arn, 1);
        return p.Length == 0 ? "aws" : p;
    }

    private static string Part(string? arn, int index)
    {
        if (string.IsNullOrEmpty(arn) || !arn.StartsWith("arn:", StringComparison.Ordinal))
            return "";
        var parts = arn.Split(':', 6);
        return parts.Length > index ? parts[index] : "";
    }
}
