using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlmWatch.Functions.Triggers;

/// <summary>Partial batch response (<c>ReportBatchItemFailures</c>): the messages SQS should deliver again.</summary>
internal sealed record SqsBatchResponse([property: JsonPropertyName("batchItemFailures")] IReadOnlyList<SqsBatchItemFailure> BatchItemFailures)
{
    /// <summary>The response body retrying exactly <paramref name="failedMessageIds"/>.</summary>
    public static byte[] Encode(IEnumerable<string> failedMessageIds) => JsonSerializer.SerializeToUtf8Bytes(
        new SqsBatchResponse([.. failedMessageIds.Select(id => new SqsBatchItemFailure(id))]), TriggerJsonContext.Default.SqsBatchResponse);
}
