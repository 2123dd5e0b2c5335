using LlmWatch.Core.Alarms.Evaluation;

namespace LlmWatch.Core.Tests.Alarms;

public class MathParserTests
{
    private static double? Eval(string expression, params (string Id, double? Value)[] values) =>
        MathParser.Parse(expression).Evaluate(id => values.Single(v => v.Id == id).Value);

    [Fact]
    public void Rate_expression_follows_precedence() =>
        Assert.Equal(15, Eval("100 * errors / invocations", ("errors", 3), ("invocations", 20)));

    [Fact]
    public void Division_by_zero_is_a_missing_datapoint() =>
        Assert.Null(Eval("100 * errors / invocations", ("errors", 0), ("invocations", 0)));

    [Fact]
    public void Missing_input_is_a_missing_datapoint() =>
        Assert.Null(Eval("p95 * 100 / 5000", ("p95", null)));

    [Theory]
    [InlineData(12, 70)]     // enough judged responses: the real score
    [InlineData(3, 100)]     // too few: the neutral value
    public void If_guard_uses_the_score_only_with_enough_samples(double judged, double expected) =>
        Assert.Equal(expected, Eval("IF(judged >= 10, score, 100)", ("judged", judged), ("score", 70)));

    [Fact]
    public void If_without_false_branch_drops_the_datapoint() =>
        Assert.Null(Eval("IF(judged >= 10, score)", ("judged", 3), ("score", 70)));

    [Fact]
    public void Unknown_functions_are_rejected() =>
        Assert.Throws<FormatException>(() => MathParser.Parse("RUNNING_SUM(cost)"));
}
