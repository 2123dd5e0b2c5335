namespace LlmWatch.Aws.Sns;

/// <summary>An SNS message attribute; <paramref name="DataType"/> is <c>String</c>, <c>Number</c>, <c>String.Array</c> or <c>Binary</c> (value in base64).</summary>
internal sealed record SnsMessageAttribute(string Name, string DataType, string Value)
{
    public static SnsMessageAttribute String(string name, string value) => new(name, "String", value);

    public static SnsMessageAttribute Number(string name, string value) => new(name, "Number", value);
}
