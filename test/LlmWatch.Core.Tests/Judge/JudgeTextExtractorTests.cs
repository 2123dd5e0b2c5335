using System.Text;
using LlmWatch.Core.Judge;
using LlmWatch.TestKit;
using LlmWatch.TestKit.Judge;

namespace LlmWatch.Core.Tests.Judge;

public class JudgeTextExtractorTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepoFiles.Event("bedrock-invocation-logs.jsonl")).Where(l => l.Length > 0).ToArray();
    private readonly JudgeTextExtractor _extractor = new(8000);

    private ExtractedText Extract(string json)
    {
        Assert.Equal(ExtractionStatus.Extracted, _extractor.TryExtract(Encoding.UTF8.GetBytes(json), out var text));
        return text!;
    }

    [Fact]
    public void Converse_takes_system_and_messages_and_skips_cache_points()
    {
        var text = Extract(Lines[0]);
        Assert.Equal("system: You answer billing questions.\n\nuser: Why was I charged twice?", text.Prompt);
        Assert.Equal("A pending authorization can look like a second charge; it drops off within 3 days.", text.Response);
    }

    [Fact]
    public void ConverseStream_aggregated_body_reads_like_Converse()
    {
        var text = Extract(Lines[1]);
        Assert.Equal("user: List three synonyms for fast.", text.Prompt);
        Assert.Equal("quick, rapid, swift", text.Response);
    }

    [Fact]
    public void Anthropic_messages_with_string_content()
    {
        var text = Extract(Lines[2]);
        Assert.Equal("user: Tag this ticket: printer jams on page 2", text.Prompt);
        Assert.Equal("hardware, printer", text.Response);
    }

    [Fact]
    public void Anthropic_stream_joins_text_deltas_and_reads_block_system()
    {
        var text = Extract(Lines[3]);
        Assert.Equal("system: Long returns policy text...\n\nuser: Can I return opened items?", text.Prompt);
        Assert.Equal("Yes, within 30 days if the item is undamaged.", text.Response);
    }

    [Fact]
    public void Llama_prompt_and_generation()
    {
        var text = Extract(Lines[4]);
        Assert.Contains("Summarize: the meeting moved to Friday.", text.Prompt);
        Assert.Equal("Meeting moved to Friday.", text.Response);
    }

    [Fact]
    public void Titan_input_text_and_results()
    {
        var text = Extract(Lines[6]);
        Assert.Equal("Write a subject line for a quarterly report.", text.Prompt);
        Assert.Equal("Q2 Results: Growth Across All Regions", text.Response);
    }

    [Fact]
    public void Anthropic_string_system_and_block_content()
    {
        var text = Extract(Lines[9]);
        Assert.Equal("system: You are a concise support agent.\n\nuser: How do I reset my router?", text.Prompt);
        Assert.StartsWith("Hold the reset button", text.Response, StringComparison.Ordinal);
    }

    [Fact]
    public void Bodies_in_S3_are_skipped_not_fetched() =>
        Assert.Equal(ExtractionStatus.BodyInS3, _extractor.TryExtract(Encoding.UTF8.GetBytes(Lines[7]), out _));

    [Theory]
    [InlineData(5)]
    [InlineData(8)]
    public void Failed_invocations_have_no_text(int line) =>
        Assert.Equal(ExtractionStatus.NoText, _extractor.TryExtract(Encoding.UTF8.GetBytes(Lines[line]), out _));

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"input\":")]
    public void Malformed_records_are_reported_not_thrown(string json) =>
        Assert.Equal(ExtractionStatus.Malformed, _extractor.TryExtract(Encoding.UTF8.GetBytes(json), out _));

    [Fact]
    public void Nova_invoke_model_and_titan_stream_chunks()
    {
        var nova = """{"input":{"inputBodyJson":{"system":[{"text":"Be brief."}],"messages":[{"role":"user","content":[{"text":"Hi"}]}]}},"output":{"outputBodyJson":{"output":{"message":{"role":"assistant","content":[{"text":"Hello!"}]}},"usage":{}}}}""";
        Assert.Equal(("system: Be brief.\n\nuser: Hi", "Hello!"), (Extract(nova).Prompt, Extract(nova).Response));
        var titanStream = """{"input":{"inputBodyJson":{"inputText":"Count"}},"output":{"outputBodyJson":[{"outputText":"one, ","index":0},{"outputText":"two","index":1,"completionReason":"FINISH"}]}}""";
        Assert.Equal("one, two", Extract(titanStream).Response);
    }

    [Fact]
    public void Tool_only_output_has_no_text()
    {
        var json = """{"input":{"inputBodyJson":{"messages":[{"role":"user","content":[{"text":"Weather?"}]}]}},"output":{"outputBodyJson":{"output":{"message":{"content":[{"toolUse":{"toolUseId":"t","name":"w","input":{}}}]}}}}}""";
        Assert.Equal(ExtractionStatus.NoText, _extractor.TryExtract(Encoding.UTF8.GetBytes(json), out _));
    }

    [Fact]
    public void Truncation_keeps_the_prompt_end_and_the_response_start_without_splitting_surrogates()
    {
        var prompt = new string('p', 150) + "LATEST";
        var response = "FIRST" + new string('r', 98) + "\U0001F600tail";
        var json = "{\"input\":{\"inputBodyJson\":{\"prompt\":\"" + prompt + "\"}},\"output\":{\"outputBodyJson\":{\"generation\":\"" + response + "\"}}}";
        var extractor = new JudgeTextExtractor(104);
        Assert.Equal(ExtractionStatus.Extracted, extractor.TryExtract(Encoding.UTF8.GetBytes(json), out var text));
        Assert.True(text!.PromptTruncated);
        Assert.True(text.ResponseTruncated);
        Assert.EndsWith("LATEST", text.Prompt, StringComparison.Ordinal);
        Assert.StartsWith("FIRST", text.Response, StringComparison.Ordinal);
        Assert.Equal(103, text.Response.Length); // the emoji's high surrogate at index 103 is not left dangling
        Assert.False(char.IsHighSurrogate(text.Response[^1]));
    }
}
