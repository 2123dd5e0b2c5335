using System.Text;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Tests.Records;

public sealed class ServiceTierWireTests
{
    [Theory]
    [InlineData(null, null, ServiceTier.Default)]
    [InlineData("default", null, ServiceTier.Default)]
    [InlineData("DEFAULT", "standard", ServiceTier.Default)]
    [InlineData("priority", null, ServiceTier.Priority)]
    [InlineData("flex", "standard", ServiceTier.Flex)]
    [InlineData("reserved", null, ServiceTier.Reserved)]
    [InlineData(null, "optimized", ServiceTier.LatencyOptimized)]
    [InlineData("default", "Optimized", ServiceTier.LatencyOptimized)]
    [InlineData("priority", "optimized", ServiceTier.Other)] // AWS documents no price for the combination
    [InlineData("batch", null, ServiceTier.Other)]
    public void Wire_values_map_to_one_tier(string? tier, string? latency, ServiceTier expected)
    {
        Assert.Equal(expected, ServiceTierWire.Parse(tier, latency));
        Assert.Equal(expected, ServiceTierWire.Parse(Encoding.UTF8.GetBytes(tier ?? ""), Encoding.UTF8.GetBytes(latency ?? "")));
    }

    [Fact]
    public void Names_are_the_price_file_names()
    {
        Assert.Equal(["default", "priority", "flex", "reserved", "latency_optimized", "other"],
            Enum.GetValues<ServiceTier>().Select(ServiceTierWire.Name));
    }
}
