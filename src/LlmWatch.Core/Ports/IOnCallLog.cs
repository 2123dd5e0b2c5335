namespace LlmWatch.Core.Ports;

/// <summary>Structured one-line events from the on-call flow (the function writes them as JSON to stdout).</summary>
public interface IOnCallLog
{
    void Write(string name, params (string Key, string? Value)[] fields);
}
