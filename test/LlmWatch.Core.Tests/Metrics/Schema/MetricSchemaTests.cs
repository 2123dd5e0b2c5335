using System.Text.Json;
using System.Text.RegularExpressions;
using LlmWatch.Core.Metrics.Schema;
using LlmWatch.Core.Records;
using S = LlmWatch.Core.Metrics.Schema.MetricSchema;

namespace LlmWatch.Core.Tests.Metrics.Schema;

public class MetricSchemaTests
{
    [Fact]
    public void Every_unit_is_one_the_EMF_specification_accepts_and_every_one_it_accepts_is_a_unit()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Metrics", "emf-schema.json")));
        var pattern = schema.RootElement.GetProperty("properties").GetProperty("_aws").GetProperty("properties").GetProperty("CloudWatchMetrics")
            .GetProperty("items").GetProperty("properties").GetProperty("Metrics").GetProperty("items").GetProperty("properties")
            .GetProperty("Unit").GetProperty("pattern").GetString()!;
        var accepted = pattern.Trim('^', '$', '(', ')').Split('|').Select(u => u.Replace("\\/", "/", StringComparison.Ordinal)).ToHashSet();

        Assert.Equal(accepted.Order(StringComparer.Ordinal), Enum.GetValues<EmfUnit>().Select(EmfUnits.Name).Order(StringComparer.Ordinal));
        Assert.All(Enum.GetValues<EmfUnit>(), u => Assert.Matches(new Regex(pattern), EmfUnits.Name(u)));
    }

    [Fact]
    public void A_metric_name_means_one_metric_per_namespace_and_each_group_numbers_its_slots_from_zero()
    {
        Assert.Equal(S.All.Count, S.All.Select(m => (m.Namespace, m.Name)).Distinct().Count());
        foreach (var group in S.Groups)
        {
            Assert.All(group.Metrics, m => Assert.Same(group, m.Group));
            foreach (var kind in Enum.GetValues<MetricKind>())
                Assert.Equal(Enumerable.Range(0, group.Metrics.Count(m => m.Kind == kind)), group.Metrics.Where(m => m.Kind == kind).Select(m => m.Slot));
        }
        Assert.Equal(S.Groups.Sum(g => g.Metrics.Count), S.All.Count);
    }

    [Fact]
    public void LlmWatch_writes_sums_and_distributions_and_declares_every_dimension_set_it_writes()
    {
        Assert.All(S.Groups.Where(g => g.IsEmitted).SelectMany(g => g.Metrics), m => Assert.NotEqual(MetricKind.Gauge, m.Kind));
        Assert.Equal(["[ModelId]", "[ModelId, Caller]", "[Caller]", "[]"], S.Invocation.DimensionSets.Select(s => s.ToString()));
        Assert.Equal(["[]"], S.Sampling.DimensionSets.Select(s => s.ToString()));
        Assert.True(S.Quality.Declares(["ModelId"]) && S.Quality.Declares(["RubricVersion", "ModelId"]) && !S.Quality.Declares([]));
    }

    [Fact]
    public void Each_error_class_has_its_own_counter_and_skipped_records_name_every_reason()
    {
        var classes = new[] { Errors.ErrorClass.Throttling, Errors.ErrorClass.ServerError, Errors.ErrorClass.ModelError, Errors.ErrorClass.AccessDenied, Errors.ErrorClass.Other };
        Assert.Equal(classes.Length, classes.Select(S.ErrorsOf).Distinct().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => S.ErrorsOf(Errors.ErrorClass.None));
        Assert.All(Enum.GetNames<SkipReason>().Where(r => r != nameof(SkipReason.None)), r => Assert.Contains($"`{r}`", S.RecordsSkipped.Meaning, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("p95", false)]
    [InlineData("P99.9", false)]
    [InlineData("Sum", true)]
    [InlineData("Average", true)]
    public void Percentiles_mean_something_for_distributions_only(string stat, bool onSum)
    {
        Assert.True(S.LatencyMs.Supports(stat));
        Assert.Equal(onSum, S.Invocations.Supports(stat));
    }
}
