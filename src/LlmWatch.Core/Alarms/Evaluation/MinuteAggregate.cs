namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>What CloudWatch keeps for one series in one minute: sum, count, min, max and (for distributions) the values.</summary>
public sealed class MinuteAggregate
{
    public double Sum { get; private set; }
    public long Count { get; private set; }
    public double Min { get; private set; } = double.MaxValue;
    public double Max { get; private set; } = double.MinValue;
    public List<double> Values { get; } = [];

    public void Add(double value, bool keepValue)
    {
        Sum += value;
        Count++;
        Min = Math.Min(Min, value);
        Max = Math.Max(Max, value);
        if (keepValue) Values.Add(value);
    }
}
