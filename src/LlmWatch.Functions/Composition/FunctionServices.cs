using LlmWatch.Functions.Configuration;
using LlmWatch.Functions.Output;

namespace LlmWatch.Functions.Composition;

/// <summary>What a handler factory may draw on; each handler reads only the settings it needs.</summary>
internal sealed record FunctionServices(SettingsSource Settings, TimeProvider Time, ILineSink Stdout, FunctionLog Log);
