namespace LlmWatch.Cli.Commands;

/// <summary>What <c>llmwatch page</c> was asked to render, with the alarm function's settings that shape a page.</summary>
/// <param name="Format">email, sms, json (what HTTPS/Lambda/SQS subscribers get) or sns (the MessageStructure=json body published).</param>
/// <param name="AckUrl">Base URL of the ack function; the token in the link is always a placeholder offline.</param>
/// <param name="Runbook">Overrides the runbook link taken from the alarm description.</param>
/// <param name="Tier">0 renders the first page; 1..3 the escalation page that tier would get.</param>
internal sealed record PageOptions(
    string AlarmFile,
    IReadOnlyList<string> Logs,
    string Format,
    string? DashboardName,
    string AckUrl,
    string? Runbook,
    bool IncludeText,
    IReadOnlyList<string> LogGroups,
    string? JudgeLogGroup,
    string Namespace,
    int Tier)
{
    /// <summary>Stands in for the ack function URL when none is given; <c>.invalid</c> never resolves.</summary>
    public const string PlaceholderAckUrl = "https://ack-function-url.invalid/";

    /// <summary>Marks the link's token: real tokens are HMACs under the deployed ack secret.</summary>
    public const string PlaceholderToken = "OFFLINE-PREVIEW";

    /// <summary>Price override file (<c>--prices</c>), applied over the embedded table.</summary>
    public FileInfo? Prices { get; init; }
}
