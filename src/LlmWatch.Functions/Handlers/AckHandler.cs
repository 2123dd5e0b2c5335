using LlmWatch.Core.OnCall;
using LlmWatch.Core.OnCall.Ack;
using LlmWatch.Core.Paging;
using LlmWatch.Functions.RuntimeApi;
using LlmWatch.Functions.Triggers;

namespace LlmWatch.Functions.Handlers;

/// <summary>Function URL <c>GET /ack?incident=…&amp;token=…[&amp;by=…]</c> → record the ack; 403 for a wrong or used token.</summary>
internal sealed class AckHandler(AckService ack) : IHandler
{
    private const int MaxByLength = 200;

    public async Task<byte[]> HandleAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context, CancellationToken cancellationToken)
    {
        var request = FunctionUrlRequest.Parse(eventJson.Span);
        if (request is null || !request.Path.EndsWith("/ack", StringComparison.Ordinal))
            return FunctionUrlResponse.Html(404, "<!doctype html><title>Not found</title><p>Not found.</p>");
        if (request.Method != "GET")
            return FunctionUrlResponse.Html(405, "<!doctype html><title>Method not allowed</title><p>Use the link from the page.</p>");
        var by = request.Get("by") ?? $"{request.SourceIp} ({request.UserAgent})";
        if (by.Length > MaxByLength)
            by = by[..MaxByLength];
        var result = await ack.AcknowledgeAsync(request.Get("incident"), request.Get("token"), by, cancellationToken);
        return FunctionUrlResponse.Html(result.Status == AckStatus.Rejected ? 403 : 200, AckPage.Render(result));
    }
}
