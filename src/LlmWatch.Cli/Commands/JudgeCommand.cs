using System.CommandLine;
using System.Globalization;
using LlmWatch.Cli.Configuration;
using LlmWatch.Cli.Input;
using LlmWatch.Cli.Judge;
using LlmWatch.Cli.Rendering;
using LlmWatch.Core.Judge;

namespace LlmWatch.Cli.Commands;

/// <summary><c>llmwatch judge &lt;logs&gt;... --endpoint URL --model NAME</c>: the quality judge run offline against an OpenAI-compatible endpoint.</summary>
internal static class JudgeCommand
{
    public static Command Create(CliEnvironment env)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Invocation-log JSONL files (optionally .gz), subscription-event JSON files, or directories of them" };
        var endpoint = new Option<string>("--endpoint") { Required = true, Description = "Base URL of an OpenAI-compatible API including its version segment, e.g. http://localhost:8080/v1" };
        var model = new Option<string>("--model") { Required = true, Description = "Judge model name at that endpoint" };
        var sample = new Option<double>("--sample") { Description = "Fraction of records to judge, 0-1; the same rate selects the same records as the deployed sampler", DefaultValueFactory = _ => 1.0 };
        var json = new Option<bool>("--json") { Description = "Print a JSON document instead of the table" };
        var apiKeyEnv = new Option<string>("--api-key-env") { Description = "Environment variable holding the API key (none sent when unset)", DefaultValueFactory = _ => "OPENAI_API_KEY" };
        var maxChars = new Option<int>("--max-text-chars") { Description = "Characters of prompt (end) and response (start) sent to the judge", DefaultValueFactory = _ => JudgeSamplingOptions.DefaultMaxTextChars };
        var concurrency = new Option<int>("--concurrency") { Description = "Judge calls in flight at once", DefaultValueFactory = _ => 4 };
        var judgeCaller = new Option<string?>("--judge-caller") { Description = "Caller (IAM role) whose records are the judge's own calls and are never judged" };
        var weights = new Option<string?>("--weights") { Description = "Composite weights 'relevance,safety,tone' (default equal)" };
        var timeout = new Option<int>("--timeout-seconds") { Description = "Per-call network timeout", DefaultValueFactory = _ => 120 };
        var command = new Command("judge", "Score sampled invocations with an LLM judge (rubric v1: relevance, safety, tone) and print per-model quality")
        {
            paths, endpoint, model, sample, json, apiKeyEnv, maxChars, concurrency, judgeCaller, weights, timeout,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var problems = new List<string>();
            if (!Uri.TryCreate(parse.GetValue(endpoint), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                problems.Add("--endpoint must be an absolute http(s) URL");
            var parsedWeights = CompositeWeights.TryParse(parse.GetValue(weights));
            if (parsedWeights is null)
                problems.Add("--weights must be three non-negative numbers 'relevance,safety,tone', not all 0");
            var sampling = new JudgeSamplingOptions(parse.GetValue(sample), null, parse.GetValue(maxChars));
            if (sampling.Validate() is { } invalid)
                problems.Add(invalid);
            if (parse.GetValue(concurrency) is < 1 or > 64)
                problems.Add("--concurrency must be within 1..64");
            if (problems.Count > 0)
            {
                env.Error.WriteLine("llmwatch judge: " + string.Join("; ", problems));
                return Task.FromResult(2);
            }
            var options = new JudgeOptions(parse.GetValue(paths)!, uri!, parse.GetValue(model)!, sampling.Rate, parse.GetValue(json),
                parse.GetValue(apiKeyEnv)!, sampling.MaxTextChars, parse.GetValue(concurrency), parse.GetValue(judgeCaller), parsedWeights!,
                TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))));
            return RunAsync(env, options, cancellationToken);
        });
        return command;
    }

    internal static async Task<int> RunAsync(CliEnvironment env, JudgeOptions options, CancellationToken cancellationToken)
    {
        JudgeSampleReader reader;
        try
        {
            reader = new JudgeSampleReader(new JudgeSamplingOptions(options.SampleRate, options.JudgeCaller, options.MaxTextChars));
            foreach (var file in LogFiles.Expand(options.Paths))
                reader.ReadFile(file);
        }
        catch (LogSourceException e)
        {
            env.Error.WriteLine($"llmwatch judge: {e.Message}");
            return 2;
        }

        var (model, client) = OpenAiCompatibleJudge.Create(options.Endpoint, options.Model, CliVariables.Get(options.ApiKeyVariable), options.Timeout);
        using var disposeClient = client;
        var budget = new JudgeBudget(1e12, new InMemorySpendLedger(), env.Time); // offline: the endpoint's own limits apply
        var evaluator = new JudgeEvaluator(model, Rubric.V1, options.Weights, budget, JudgePricing.Unpriced, env.Time);
        var samples = reader.Sampler.Samples;
        var items = samples.Select((s, i) => new JudgeWorkItem(i.ToString(CultureInfo.InvariantCulture), JudgeSampleCodec.Encode(s))).ToList();
        var result = await new JudgeBatchRunner(evaluator, options.Concurrency).RunAsync(items, cancellationToken);

        var callFailures = result.Problems.Where(p => p.Retried)
            .GroupBy(p => samples[int.Parse(p.MessageId, CultureInfo.InvariantCulture)].ModelId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var summary = new JudgeRunSummary(options.Model, Rubric.V1.Version, options.SampleRate, reader.Records, reader.Sampler.Stats,
            QualityReport.Build(result.Outcomes, callFailures), [.. result.Problems.Take(20)]);
        if (options.Json)
            env.Out.WriteLine(QualityJson.Write(summary));
        else
            QualityTable.Write(Consoles.For(env.Out, env.IsTerminal), summary);
        var judged = summary.Rows.Sum(r => r.Judged);
        return judged == 0 && callFailures.Count > 0 ? 1 : 0;
    }
}
