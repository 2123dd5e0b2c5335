using System.Text;
using System.Text.Json;
using LlmWatch.Core.Json;

namespace LlmWatch.Cli.Rendering;

/// <summary>The JSON document of <c>llmwatch judge --json</c>.</summary>
internal static class QualityJson
{
    public static string Write(JudgeRunSummary summary)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("judgeModel", summary.JudgeModel);
            json.WriteString("rubricVersion", summary.RubricVersion);
            json.WriteNumber("sampleRate", summary.SampleRate);
            json.WriteNumber("records", summary.Records);
            json.WriteNumber("sampled", summary.Sampling.Sampled);
            json.WriteNumber("skippedBodyInS3", summary.Sampling.SkippedBodyInS3);
            json.WriteNumber("skippedNoText", summary.Sampling.SkippedNoText);
            json.WriteNumber("excludedJudgeCalls", summary.Sampling.ExcludedJudgeCalls);
            json.WriteObjectArray("models", summary.Rows, static (json, row) =>
            {
                json.WriteString("modelId", row.ModelId);
                json.WriteNumber("judged", row.Judged);
                Score(json, "relevance", row.Relevance);
                Score(json, "safety", row.Safety);
                Score(json, "tone", row.Tone);
                Score(json, "composite", row.Composite);
                json.WriteNumber("dropped", row.Dropped);
                json.WriteNumber("parseFailures", row.ParseFailures);
                json.WriteNumber("refusals", row.Refusals);
                json.WriteNumber("callFailures", row.CallFailures);
                json.WriteNumber("judgeInputTokens", row.JudgeInputTokens);
                json.WriteNumber("judgeOutputTokens", row.JudgeOutputTokens);
            });
            json.WriteObjectArray("problems", summary.FirstProblems, static (json, problem) =>
            {
                json.WriteString("kind", problem.Kind);
                json.WriteString("requestId", problem.RequestId);
                json.WriteString("detail", problem.Detail);
            });
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Score(Utf8JsonWriter json, string name, double? value) =>
        json.WriteNumberOrNull(name, value is { } v ? Math.Round(v, 2) : null);
}
