using System.Text.Json.Serialization;

namespace LlmWatch.Functions.Triggers;

/// <summary>One message to retry, by message id.</summary>
internal sealed record SqsBatchItemFailure([property: JsonPropertyName("itemIdentifier")] string ItemIdentifier);
