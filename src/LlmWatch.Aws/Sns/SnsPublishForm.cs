using System.Text;

namespace LlmWatch.Aws.Sns;

/// <summary>Builds the query-protocol form body for SNS <c>Publish</c> (aws-wire-formats §7.2).</summary>
internal static class SnsPublishForm
{
    public static string Build(string topicArn, string message, string? subject, bool messageStructureJson,
        IReadOnlyList<SnsMessageAttribute>? attributes)
    {
        var form = new StringBuilder(message.Length + 256);
        Add(form, "Action", "Publish");
        Add(form, "Version", "2010-03-31");
        Add(form, "TopicArn", topicArn);
        Add(form, "Message", message);
        if (subject is not null)
        {
            Add(form, "Subject", subject);
        }

        if (messageStructureJson)
        {
            Add(form, "MessageStructure", "json");
        }

        for (var i = 0; i < (attributes?.Count ?? 0); i++)
        {
            var attribute = attributes![i];
            var prefix = $"MessageAttributes.entry.{i + 1}.";
            Add(form, prefix + "Name", attribute.Name);
            Add(form, prefix + "Value.DataType", attribute.DataType);
            var valueKey = attribute.DataType.StartsWith("Binary", StringComparison.Ordinal) ? "BinaryValue" : "StringValue";
            Add(form, prefix + "Value." + valueKey, attribute.Value);
        }

        return form.ToString();
    }

    private static void Add(StringBuilder form, string name, string value)
    {
        if (form.Length > 0)
        {
            form.Append('&');
        }

        form.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
    }
}
