namespace LlmWatch.Core.Paging;

/// <summary>A rendered page: one body per SNS protocol plus the subject.</summary>
/// <param name="Json">The machine-readable document for HTTPS, Lambda and SQS subscribers.</param>
public sealed record Page(string Subject, string Email, string Sms, string Json, string DedupKey);
