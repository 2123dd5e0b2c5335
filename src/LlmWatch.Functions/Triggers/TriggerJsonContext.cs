using System.Text.Json.Serialization;

namespace LlmWatch.Functions.Triggers;

/// <summary>Source-generated JSON for the trigger events the handlers decode and the answers they encode.</summary>
[JsonSerializable(typeof(SqsEvent))]
[JsonSerializable(typeof(SqsBatchResponse))]
internal sealed partial class TriggerJsonContext : JsonSerializerContext;
