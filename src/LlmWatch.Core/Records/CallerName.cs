namespace LlmWatch.Core.Records;

/// <summary>Derives the low-cardinality caller name from <c>identity.arn</c>.</summary>
public static class CallerName
{
    public const string Unknown = "unknown";

    /// <summary>
    /// <c>arn:aws:sts::1:assumed-role/Role/Session</c> → <c>Role</c>; <c>arn:aws:iam::1:user/path/User</c> → <c>User</c>;
    /// <c>arn:aws:iam::1:role/path/Role</c> → <c>Role</c>; the account root → <c>root</c>. Session names are dropped:
    /// they are per-request and would explode the dimension's cardinality.
    /// </summary>
    public static ReadOnlySpan<byte> FromArn(ReadOnlySpan<byte> arn)
    {
        var resourceStart = IndexAfterNthColon(arn, 5);
        if (resourceStart < 0)
            return default;
        var resource = arn[resourceStart..];
        if (resource.StartsWith("assumed-role/"u8))
        {
            var rest = resource["assumed-role/".Length..];
            var slash = rest.IndexOf((byte)'/');
            return slash < 0 ? rest : rest[..slash];
        }
        if (resource.SequenceEqual("root"u8))
            return resource;
        var last = resource.LastIndexOf((byte)'/');
        return last < 0 ? resource : resource[(last + 1)..];
    }

    private static int IndexAfterNthColon(ReadOnlySpan<byte> s, int n)
    {
        var seen = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == (byte)':' && ++seen == n)
                return i + 1;
        }
        return -1;
    }
}
