using System.Text.Json.Serialization;

namespace LlmWatch.Core.Correlation;

/// <summary>Source-generated JSON for <see cref="Evidence"/>, stored with the incident for later tiers' pages.</summary>
[JsonSerializable(typeof(Evidence))]
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class EvidenceJsonContext : JsonSerializerContext;
