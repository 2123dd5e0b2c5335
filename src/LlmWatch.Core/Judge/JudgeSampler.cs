using LlmWatch.Core.Metrics;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Judge;

/// <summary>
/// Watches parsed records in the metrics batch and keeps the sampled ones for the judge queue. Cheap checks
/// (success, judge caller, hash) run first; only the few selected records are parsed again for text.
/// One instance per batch: not thread-safe.
/// </summary>
public sealed class JudgeSampler(JudgeSamplingOptions options) : IInvocationObserver
{
    private readonly JudgeTextExtractor _extractor = new(options.MaxTextChars);
    private readonly List<JudgeSample> _samples = [];
    private int _skippedBodyInS3;
    private int _skippedNoText;
    private int _excludedJudgeCalls;

    public IReadOnlyList<JudgeSample> Samples => _samples;

    public JudgeSamplerStats Stats => new(_samples.Count, _skippedBodyInS3, _skippedNoText, _excludedJudgeCalls);

    public void OnRecord(InvocationRecord record, ReadOnlySpan<byte> rawRecordJson)
    {
        if (options.JudgeCaller is { Length: > 0 } judge && string.Equals(record.Caller, judge, StringComparison.Ordinal))
        {
            _excludedJudgeCalls++;
            return;
        }
        if (record.ErrorCode is { Length: > 0 } || record.RequestId.Length == 0 || !SampleSelector.IsSelected(record.RequestId, options.Rate))
            return;
        if (record.InputInS3 || record.OutputInS3)
        {
            _skippedBodyInS3++;
            return;
        }
        switch (_extractor.TryExtract(rawRecordJson, out var text))
        {
            case ExtractionStatus.Extracted:
                _samples.Add(new JudgeSample
                {
                    RequestId = record.RequestId,
                    ModelId = record.ModelId,
                    Caller = record.Caller,
                    Timestamp = record.Timestamp,
                    Prompt = text!.Prompt,
                    Response = text.Response,
                    PromptTruncated = text.PromptTruncated,
                    ResponseTruncated = text.ResponseTruncated,
                });
                break;
            case ExtractionStatus.BodyInS3:
                _skippedBodyInS3++;
                break;
            default:
                _skippedNoText++;
                break;
        }
    }
}
