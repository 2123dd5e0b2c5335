using System.Text;
using LlmWatch.Core.Errors;
using LlmWatch.Core.Records;
using LlmWatch.TestKit;

namespace LlmWatch.Core.Tests.Records;

public class InvocationRecordParserTests
{
    private static readonly string[] SampleLines = File.ReadAllLines(RepoFiles.Event("bedrock-invocation-logs.jsonl"));

    private static InvocationRecord ParseSample(int index)
    {
        Assert.True(new InvocationRecordParser().TryParse(Encoding.UTF8.GetBytes(SampleLines[index]), out var record, out var reason), reason.ToString());
        return record;
    }

    [Fact]
    public void Converse_via_us_profile_reads_tokens_cache_latency_and_caller()
    {
        var r = ParseSample(0);
        Assert.Equal("us.anthropic.claude-sonnet-4-20250514-v1:0", r.ModelId);
        Assert.Equal("checkout-api", r.Caller);
        Assert.Equal("Converse", r.Operation);
        Assert.Equal(new TokenCounts(412, 138, 2048, 0), r.Tokens);
        Assert.Equal(1733, r.LatencyMs);
        Assert.Equal("us-east-2", r.InferenceRegion);
        Assert.Equal(new DateTimeOffset(2026, 5, 4, 9, 15, 2, TimeSpan.Zero), r.Timestamp);
        Assert.Equal(ErrorClass.None, r.ErrorClass);
    }

    [Fact]
    public void ConverseStream_aggregated_body_has_latency()
    {
        var r = ParseSample(1);
        Assert.Equal("ConverseStream", r.Operation);
        Assert.Equal(388, r.LatencyMs);
        Assert.Equal("search-svc", r.Caller);
    }

    [Fact]
    public void InvokeModel_has_no_latency_and_none_is_invented()
    {
        var r = ParseSample(2);
        Assert.Equal("InvokeModel", r.Operation);
        Assert.Null(r.LatencyMs);
        Assert.Equal(230, r.Tokens.Input);
    }

    [Fact]
    public void Anthropic_stream_chunks_give_the_one_hour_cache_write_split()
    {
        var r = ParseSample(3);
        Assert.Equal("InvokeModelWithResponseStream", r.Operation);
        Assert.True(r.Tokens.CacheWrite > 0);
        Assert.True(r.Tokens.CacheWrite1h > 0);
        Assert.True(r.Tokens.CacheWrite1h <= r.Tokens.CacheWrite);
    }

    [Fact]
    public void Throttled_and_access_denied_records_are_classified()
    {
        Assert.Equal(ErrorClass.Throttling, ParseSample(5).ErrorClass);
        Assert.Equal("ThrottlingException", ParseSample(5).ErrorCode);
        Assert.Equal(ErrorClass.AccessDenied, ParseSample(8).ErrorClass);
    }

    [Fact]
    public void Bodies_offloaded_to_S3_still_count_tokens()
    {
        var r = ParseSample(7);
        Assert.StartsWith("arn:aws:bedrock:us-east-1:444455556666:application-inference-profile/", r.ModelId);
        Assert.True(r.InputInS3);
        Assert.True(r.OutputInS3);
        Assert.Equal(2210, r.Tokens.Output);
        Assert.True(r.Tokens.Input > 0);
    }

    [Fact]
    public void Every_sample_record_parses()
    {
        var parser = new InvocationRecordParser();
        foreach (var line in SampleLines)
            Assert.True(parser.TryParse(Encoding.UTF8.GetBytes(line), out _, out var reason), $"{reason}: {line[..80]}");
    }

    [Theory]
    [InlineData("Permissions are correctly set for Amazon Bedrock logs.", SkipReason.NotJson)]
    [InlineData("", SkipReason.NotJson)]
    [InlineData("""{"schemaType":"ModelInvocationLog","timestamp":"2026-05-04T09:15:02Z","modelId":"amazon.nova""", SkipReason.Truncated)]
    [InlineData("""{"schemaType":"ModelInvocationLog",,"modelId":"x"}""", SkipReason.InvalidJson)]
    [InlineData("""{"schemaType":"Other","timestamp":"2026-05-04T09:15:02Z","modelId":"x"}""", SkipReason.NotInvocationLog)]
    [InlineData("""{"schemaType":"ModelInvocationLog","timestamp":"2026-05-04T09:15:02Z"}""", SkipReason.MissingModelId)]
    [InlineData("""{"schemaType":"ModelInvocationLog","modelId":"x"}""", SkipReason.MissingTimestamp)]
    [InlineData("""{"schemaType":"ModelInvocationLog","timestamp":"2026-05-04T09:15:02Z","modelId":"x","input":{"inputTokenCount":"412"}}""", SkipReason.WrongFieldType)]
    [InlineData("""{"schemaType":"ModelInvocationLog","timestamp":"2026-05-04T09:15:02Z","modelId":42}""", SkipReason.WrongFieldType)]
    [InlineData("""{"schemaType":"ModelInvocationLog","timestamp":"yesterday","modelId":"x"}""", SkipReason.WrongFieldType)]
    [InlineData("""{"schemaType":"ModelInvocationLog","timestamp":"2026-05-04T09:15:02Z","modelId":"x","output":{"outputTokenCount":-3}}""", SkipReason.WrongFieldType)]
    [InlineData("""[1,2,3]""", SkipReason.NotJson)]
    public void Bad_input_is_skipped_with_its_reason(string line, SkipReason expected)
    {
        Assert.False(new InvocationRecordParser().TryParse(Encoding.UTF8.GetBytes(line), out var record, out var reason));
        Assert.Null(record);
        Assert.Equal(expected, reason);
    }

    [Theory]
    [InlineData("arn:aws:sts::1:assumed-role/checkout-api/i-0abc", "checkout-api")]
    [InlineData("arn:aws:iam::1:user/alice", "alice")]
    [InlineData("arn:aws:iam::1:user/team/bob", "bob")]
    [InlineData("arn:aws:iam::1:root", "root")]
    public void Caller_is_the_role_or_user_name(string arn, string expected) =>
        Assert.Equal(expected, Encoding.UTF8.GetString(CallerName.FromArn(Encoding.UTF8.GetBytes(arn))));

    [Fact]
    public void Missing_identity_gives_unknown_caller_and_missing_cache_counts_are_zero()
    {
        var line = """{"schemaType":"ModelInvocationLog","timestamp":"2026-05-04T09:15:02Z","modelId":"amazon.titan-text-express-v1","input":{"inputTokenCount":5},"output":{"outputTokenCount":7}}""";
        Assert.True(new InvocationRecordParser().TryParse(Encoding.UTF8.GetBytes(line), out var r, out _));
        Assert.Equal(CallerName.Unknown, r.Caller);
        Assert.Equal(new TokenCounts(5, 7, 0, 0), r.Tokens);
    }

    [Fact]
    public void Stream_invocation_metrics_give_latency_when_the_log_keeps_them()
    {
        var line = """{"schemaType":"ModelInvocationLog","timestamp":"2026-05-04T09:15:02Z","modelId":"amazon.titan-text-express-v1","operation":"InvokeModelWithResponseStream","output":{"outputBodyJson":[{"outputText":"a","index":0},{"outputText":"b","amazon-bedrock-invocationMetrics":{"inputTokenCount":3,"outputTokenCount":2,"invocationLatency":812,"firstByteLatency":90}}],"outputTokenCount":2}}""";
        Assert.True(new InvocationRecordParser().TryParse(Encoding.UTF8.GetBytes(line), out var r, out _));
        Assert.Equal(812, r.LatencyMs);
    }
}
