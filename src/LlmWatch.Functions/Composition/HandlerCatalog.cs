using LlmWatch.Functions.Handlers;

namespace LlmWatch.Functions.Composition;

/// <summary>The handlers this executable can run, by <c>_HANDLER</c> name.</summary>
internal sealed class HandlerCatalog
{
    private readonly Dictionary<string, HandlerRegistration> _byName;

    public HandlerCatalog(IEnumerable<HandlerRegistration> registrations)
    {
        _byName = new Dictionary<string, HandlerRegistration>(StringComparer.Ordinal);
        foreach (var registration in registrations)
        {
            if (!_byName.TryAdd(registration.Name, registration))
                throw new ArgumentException($"Handler '{registration.Name}' is registered twice.", nameof(registrations));
        }
    }

    /// <summary>Registered names, sorted.</summary>
    public IReadOnlyList<string> Names => [.. _byName.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Builds the handler named <paramref name="name"/> and only its dependencies.</summary>
    public Task<IHandler> CreateAsync(string name, FunctionServices services, CancellationToken cancellationToken)
    {
        if (!_byName.TryGetValue(name, out var registration))
            throw new NoSuchHandlerException($"No handler named '{name}' (_HANDLER). Valid handlers: {string.Join(", ", Names)}.");
        return registration.CreateAsync(services, cancellationToken);
    }
}
