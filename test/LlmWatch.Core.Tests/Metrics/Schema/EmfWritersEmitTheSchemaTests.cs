using System.Text.Json;
using LlmWatch.Core.Metrics.Schema;
using S = LlmWatch.Core.Metrics.Schema.MetricSchema;

namespace LlmWatch.Core.Tests.Metrics.Schema;

/// <summary>The EMF writers write exactly the metrics, units, namespaces and dimension sets the schema declares.</summary>
public class EmfWritersEmitTheSchemaTests
{
    [Fact]
    public void The_metrics_function_writes_the_invocation_and_skip_groups_and_nothing_else() =>
        Assert.Equal(Declared(S.Invocation, S.Skipped), Distinct(EmittedMetrics.MetricsFunction()));

    [Fact]
    public void The_judge_and_its_sampler_write_the_quality_and_sampling_groups_and_nothing_else() =>
        Assert.Equal(Declared(S.Quality, S.Sampling), Distinct(EmittedMetrics.Judge()));

    [Fact]
    public void A_renamed_namespace_renames_every_record_and_changes_nothing_else()
    {
        var renamed = Distinct(EmittedMetrics.MetricsFunction("Acme/Llm"));
        Assert.All(renamed, m => Assert.Equal("Acme/Llm", m.Namespace));
        Assert.Equal(Declared(S.Invocation, S.Skipped).Select(m => m with { Namespace = "Acme/Llm" }), renamed);
    }

    [Fact]
    public void Only_aws_metrics_are_left_to_aws()
    {
        var emitted = Distinct([.. EmittedMetrics.MetricsFunction(), .. EmittedMetrics.Judge()]).Select(m => (m.Namespace, m.Name)).ToHashSet();
        Assert.All(S.All, m => Assert.Equal(m.Group.IsEmitted, emitted.Contains((m.Namespace, m.Name))));
        Assert.All(S.Groups.Where(g => !g.IsEmitted), g => Assert.Equal(MetricProducer.Aws, g.Producer));
    }

    private static List<EmittedMetric> Declared(params MetricGroup[] groups) =>
    [
        .. groups.SelectMany(g => g.Metrics.Select(m => new EmittedMetric(g.Namespace, m.Name, EmfUnits.Name(m.Unit),
            JsonSerializer.Serialize(g.DimensionSets.Select(s => s.Names))))).OrderBy(Key, StringComparer.Ordinal),
    ];

    private static List<EmittedMetric> Distinct(IEnumerable<EmittedMetric> metrics) => [.. metrics.Distinct().OrderBy(Key, StringComparer.Ordinal)];

    private static string Key(EmittedMetric m) => $"{m.Namespace} {m.Name} {m.DimensionSets}";
}
