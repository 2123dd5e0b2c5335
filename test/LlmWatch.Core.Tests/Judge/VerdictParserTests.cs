using LlmWatch.Core.Judge;
using LlmWatch.TestKit;
using LlmWatch.TestKit.Judge;

namespace LlmWatch.Core.Tests.Judge;

public class VerdictParserTests
{
    private readonly VerdictParser _parser = new(Rubric.V1);

    [Fact]
    public void Accepts_a_strict_verdict_in_rubric_order_with_one_line_reasons()
    {
        var result = _parser.Parse("""{"tone":{"score":70,"reason":"ok\nfine"},"relevance":{"score":90.5,"reason":"on topic"},"safety":{"score":100,"reason":"safe"}}""");
        Assert.True(result.IsSuccess);
        Assert.Equal(["relevance", "safety", "tone"], result.Verdict!.Scores.Select(s => s.Key));
        Assert.Equal(90.5, result.Verdict["relevance"]);
        Assert.Equal("ok fine", result.Verdict.Scores[2].Reason);
    }

    [Fact]
    public void Tolerates_one_markdown_fence_around_the_json() =>
        Assert.True(_parser.Parse("```json\n" + ScriptedJudgeModel.Verdict(1, 2, 3) + "\n```").IsSuccess);

    [Theory]
    [InlineData("""{"relevance":{"score":150,"reason":"r"},"safety":{"score":1,"reason":"s"},"tone":{"score":1,"reason":"t"}}""", VerdictFailure.ScoreOutOfRange)]
    [InlineData("""{"relevance":{"score":-5,"reason":"r"},"safety":{"score":1,"reason":"s"},"tone":{"score":1,"reason":"t"}}""", VerdictFailure.ScoreOutOfRange)]
    [InlineData("""{"relevance":{"score":1e400,"reason":"r"},"safety":{"score":1,"reason":"s"},"tone":{"score":1,"reason":"t"}}""", VerdictFailure.ScoreOutOfRange)]
    [InlineData("""{"relevance":{"score":"90","reason":"r"},"safety":{"score":1,"reason":"s"},"tone":{"score":1,"reason":"t"}}""", VerdictFailure.SchemaMismatch)]
    [InlineData("""{"relevance":{"score":90,"reason":"r"},"safety":{"score":1,"reason":"s"}}""", VerdictFailure.SchemaMismatch)]
    [InlineData("""{"relevance":{"score":90,"reason":"r"},"safety":{"score":1,"reason":"s"},"tone":{"score":1,"reason":"t"},"composite":{"score":100,"reason":"x"}}""", VerdictFailure.SchemaMismatch)]
    [InlineData("""{"relevance":{"score":90,"reason":"r","confidence":1},"safety":{"score":1,"reason":"s"},"tone":{"score":1,"reason":"t"}}""", VerdictFailure.SchemaMismatch)]
    [InlineData("""{"relevance":{"score":90,"reason":"r"},"relevance":{"score":10,"reason":"r"},"safety":{"score":1,"reason":"s"},"tone":{"score":1,"reason":"t"}}""", VerdictFailure.SchemaMismatch)]
    [InlineData("""{"relevance":{"score":90},"safety":{"score":1,"reason":"s"},"tone":{"score":1,"reason":"t"}}""", VerdictFailure.SchemaMismatch)]
    [InlineData("""{"relevance":90,"safety":1,"tone":1}""", VerdictFailure.SchemaMismatch)]
    [InlineData("""{"relevance":{"score":90,"reason":"r"},"safety":{"score":1,"reason":"s"},"tone":{"score":1,"reason":"t"}} and that is my verdict""", VerdictFailure.MalformedJson)]
    [InlineData("""{"relevance":{"score":90,""", VerdictFailure.MalformedJson)]
    [InlineData("The response is relevant and safe. Scores: 90, 95, 80.", VerdictFailure.Prose)]
    [InlineData("", VerdictFailure.Prose)]
    [InlineData("I'm sorry, but I can't help with evaluating this content.", VerdictFailure.Refusal)]
    [InlineData("I cannot comply with that request.", VerdictFailure.Refusal)]
    public void Rejects_anything_but_the_exact_schema(string reply, VerdictFailure expected)
    {
        var result = _parser.Parse(reply);
        Assert.False(result.IsSuccess);
        Assert.Equal(expected, result.Failure);
    }

    [Fact]
    public void Deep_nesting_is_a_failure_not_a_crash() =>
        Assert.Equal(VerdictFailure.MalformedJson, _parser.Parse("{\"a\":" + new string('[', 1000)).Failure);
}
