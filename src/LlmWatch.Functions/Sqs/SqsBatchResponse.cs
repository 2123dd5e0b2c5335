using System.Text.Json.Serialization;

namespace LlmWatch.Functions.Sqs;

/// <summary>Partial batch response (<c>ReportBatchItemFailures</c>): the messages SQS should deliver again.</summary>
internal sealed record SqsBatchResponse([property: JsonPropertyName("batchItemFailures")] IReadOnlyList<SqsBatchItemFailure> BatchItemFailures);
