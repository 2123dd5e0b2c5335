namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>A parsed metric-math expression node.</summary>
public abstract record MathNode
{
    /// <summary>Value of the node for one period; null is a missing datapoint (missing inputs, division by zero).</summary>
    public abstract double? Evaluate(Func<string, double?> resolve);
}

internal sealed record NumberNode(double Value) : MathNode
{
    public override double? Evaluate(Func<string, double?> resolve) => Value;
}

internal sealed record ReferenceNode(string Id) : MathNode
{
    public override double? Evaluate(Func<string, double?> resolve) => resolve(Id);
}

internal sealed record NegateNode(MathNode Operand) : MathNode
{
    public override double? Evaluate(Func<string, double?> resolve) => -Operand.Evaluate(resolve);
}

internal sealed record BinaryNode(string Operator, MathNode Left, MathNode Right) : MathNode
{
    public override double? Evaluate(Func<string, double?> resolve)
    {
        var l = Left.Evaluate(resolve);
        var r = Right.Evaluate(resolve);
        if (l is not { } a || r is not { } b) return null;
        return Operator switch
        {
            "+" => a + b,
            "-" => a - b,
            "*" => a * b,
            "/" => b == 0 ? null : a / b,
            ">" => a > b ? 1 : 0,
            ">=" => a >= b ? 1 : 0,
            "<" => a < b ? 1 : 0,
            "<=" => a <= b ? 1 : 0,
            "==" => a == b ? 1 : 0,
            "!=" => a != b ? 1 : 0,
            "AND" => a != 0 && b != 0 ? 1 : 0,
            "OR" => a != 0 || b != 0 ? 1 : 0,
            _ => throw new InvalidOperationException($"unknown operator {Operator}"),
        };
    }
}

/// <summary>IF(condition, trueValue[, falseValue]): without falseValue a false condition yields no datapoint.</summary>
internal sealed record IfNode(MathNode Condition, MathNode WhenTrue, MathNode? WhenFalse) : MathNode
{
    public override double? Evaluate(Func<string, double?> resolve)
    {
        if (Condition.Evaluate(resolve) is not { } c) return null;
        return c != 0 ? WhenTrue.Evaluate(resolve) : WhenFalse?.Evaluate(resolve);
    }
}

/// <summary>ANOMALY_DETECTION_BAND(series, width): evaluated by the alarm evaluator from the series' history.</summary>
internal sealed record BandNode(string SeriesId, double Width) : MathNode
{
    public override double? Evaluate(Func<string, double?> resolve) =>
        throw new InvalidOperationException("an anomaly band is evaluated by AlarmEvaluator");
}
