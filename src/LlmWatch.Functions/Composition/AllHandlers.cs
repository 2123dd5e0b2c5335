namespace LlmWatch.Functions.Composition;

/// <summary>Every handler of the executable. Adding one: a handler in Handlers/, its composition here in Composition/, and one line below.</summary>
internal static class AllHandlers
{
    public static HandlerCatalog Catalog() => new(
    [
        new("metrics", MetricsComposition.CreateAsync),
        new("judge", JudgeComposition.CreateAsync),
        new("alarm", AlarmComposition.CreateAsync),
        new("escalate", EscalateComposition.CreateAsync),
        new("ack", AckComposition.CreateAsync),
    ]);
}
