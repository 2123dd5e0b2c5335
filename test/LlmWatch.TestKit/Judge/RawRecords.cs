using System.Text;
using LlmWatch.Core.Records;

namespace LlmWatch.TestKit.Judge;

/// <summary>Parses a raw record line with the production parser (what the sampler sees next to the raw bytes).</summary>
public static class RawRecords
{
    public static InvocationRecord ToRecord(string json) =>
        new InvocationRecordParser().TryParse(Encoding.UTF8.GetBytes(json), out var record, out var reason)
            ? record
            : throw new ArgumentException($"not a record: {reason}", nameof(json));
}
