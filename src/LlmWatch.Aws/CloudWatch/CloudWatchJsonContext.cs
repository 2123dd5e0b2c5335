using System.Text.Json.Serialization;
using LlmWatch.Aws.Transport;

namespace LlmWatch.Aws.CloudWatch;

/// <summary>Source-generated JSON for CloudWatch's JSON 1.0 protocol: PascalCase names as declared, epoch-second times.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(EpochSecondsConverter)])]
[JsonSerializable(typeof(DescribeAlarmsRequest))]
[JsonSerializable(typeof(DescribeAlarmsResponse))]
[JsonSerializable(typeof(GetMetricDataRequest))]
[JsonSerializable(typeof(GetMetricDataResponse))]
internal sealed partial class CloudWatchJsonContext : JsonSerializerContext;
