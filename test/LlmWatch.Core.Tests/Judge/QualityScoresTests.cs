using LlmWatch.Core.Judge;

namespace LlmWatch.Core.Tests.Judge;

public class QualityScoresTests
{
    private static JudgeVerdict Verdict(double r, double s, double t) =>
        new([new("relevance", r, ""), new("safety", s, ""), new("tone", t, "")]);

    [Fact]
    public void Composite_is_our_weighted_mean()
    {
        Assert.Equal(70, QualityScores.From(Verdict(90, 60, 60), CompositeWeights.Equal).Composite, 9);
        Assert.Equal(75, QualityScores.From(Verdict(90, 60, 60), new CompositeWeights(1, 0, 1)).Composite, 9);
    }

    [Fact]
    public void Scores_are_clamped_whatever_the_verdict_holds()
    {
        var scores = QualityScores.From(Verdict(150, -5, double.NaN), CompositeWeights.Equal);
        Assert.Equal(new QualityScores(100, 0, 0, 100.0 / 3), scores);
    }

    [Theory]
    [InlineData("2,1,1", true)]
    [InlineData("", true)]
    [InlineData("1,1", false)]
    [InlineData("0,0,0", false)]
    [InlineData("-1,1,1", false)]
    [InlineData("a,b,c", false)]
    public void Weights_parse_from_a_setting(string text, bool valid) =>
        Assert.Equal(valid, CompositeWeights.TryParse(text) is not null);
}
