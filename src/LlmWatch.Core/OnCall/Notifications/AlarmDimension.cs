namespace LlmWatch.Core.OnCall.Notifications;

/// <summary>One metric dimension (lower-case <c>name</c>/<c>value</c> in notifications).</summary>
public sealed record AlarmDimension(string Name, string Value);
