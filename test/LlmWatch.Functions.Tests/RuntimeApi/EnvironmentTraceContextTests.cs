using LlmWatch.Functions.RuntimeApi;

namespace LlmWatch.Functions.Tests.RuntimeApi;

public class EnvironmentTraceContextTests
{
    [Fact]
    public void Publishes_the_trace_header_in_X_AMZN_TRACE_ID_and_clears_it_when_absent()
    {
        var trace = new EnvironmentTraceContext();

        trace.SetTraceId("Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Sampled=1");
        Assert.Equal("Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Sampled=1", Environment.GetEnvironmentVariable("_X_AMZN_TRACE_ID"));

        trace.SetTraceId(null);
        Assert.Null(Environment.GetEnvironmentVariable("_X_AMZN_TRACE_ID"));
    }
}
