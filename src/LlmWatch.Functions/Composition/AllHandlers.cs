using LlmWatch.Functions.Handlers;

namespace LlmWatch.Functions.Composition;

/// <summary>Every handler of the executable. Adding one: a file in Handlers/ and one line here.</summary>
internal static class AllHandlers
{
    public static HandlerCatalog Catalog() => new(
    [
        // metrics handler lands with the batch processor
    ]);
}
