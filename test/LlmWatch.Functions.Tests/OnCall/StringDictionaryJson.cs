using System.Text.Json.Serialization;

namespace LlmWatch.Functions.Tests.OnCall;

[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(string))]
internal sealed partial class StringDictionaryJson : JsonSerializerContext;
