namespace LlmWatch.Core.Ports;

/// <summary>
/// How much an event matters: <see cref="Info"/> is the normal flow; <see cref="Warn"/> is bad input or a degraded
/// but handled path (a fallback in use, a malformed message dropped, a rejected request); <see cref="Error"/> is a
/// failure someone may need to act on (a page not sent, an invocation or start-up that failed).
/// </summary>
public enum LogLevel
{
    Info,
    Warn,
    Error,
}
