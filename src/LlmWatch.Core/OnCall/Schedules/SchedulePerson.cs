namespace LlmWatch.Core.OnCall.Schedules;

/// <summary>Someone who can be on call, with the channels a page reaches them on (at least one of the two).</summary>
/// <param name="Sms">E.164 phone number (<c>+4915112345678</c>) for SNS direct SMS publish.</param>
/// <param name="Email">Address for the person's own SNS topic, so the subscription is confirmed once.</param>
public sealed record SchedulePerson(string Id, string? Email, string? Sms);
