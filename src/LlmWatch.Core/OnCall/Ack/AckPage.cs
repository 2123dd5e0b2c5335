using System.Net;
using LlmWatch.Core.OnCall;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.Paging;

namespace LlmWatch.Core.OnCall.Ack;

/// <summary>The small HTML page the ack link returns.</summary>
public static class AckPage
{
    public static string Render(AckResult result)
    {
        var (title, body) = result.Status switch
        {
            AckStatus.Accepted => ("Acknowledged",
                $"Incident for alarm <b>{E(result.Incident!.AlarmName)}</b> acknowledged by {E(result.Incident.AckedBy)} at " +
                $"{E(PageRenderer.Time(result.Incident.AckedAt!.Value))}. Escalation stopped."),
            AckStatus.AlreadyClosed => ("Already handled",
                $"Incident for alarm <b>{E(result.Incident!.AlarmName)}</b> is already {E(result.Incident.Status.ToString().ToLowerInvariant())}" +
                (result.Incident.AckedBy is null ? "." : $" (acknowledged by {E(result.Incident.AckedBy)}).")),
            _ => ("Link not valid", "This acknowledgment link is not valid or was already used."),
        };
        return "<!doctype html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">" +
               $"<title>{title}</title></head><body style=\"font-family:sans-serif;margin:2em\"><h1>{title}</h1><p>{body}</p></body></html>";
    }

    private static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
}
