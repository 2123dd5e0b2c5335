using System.Buffers;
using System.Globalization;
using LlmWatch.Core.Judge;
using LlmWatch.Core.Ports;
using LlmWatch.Functions.Output;

namespace LlmWatch.Functions.Handlers;

/// <summary>
/// The metrics handler's link to the judge: a fresh sampler per batch, then the samples to the judge queue and the
/// sampling counts as EMF. Never fails the metrics batch (a retry would count its metrics twice): send problems are
/// logged and counted as <c>JudgeSamplesNotQueued</c>.
/// </summary>
internal sealed class JudgeSamplingHook(JudgeSamplingOptions options, IJudgeQueue queue, QualityEmfWriter emf, IEventLog log, TimeProvider time)
{
    public JudgeSampler NewSampler() => new(options);

    public async Task CompleteAsync(JudgeSampler sampler, ILineSink stdout, CancellationToken cancellationToken)
    {
        var notQueued = 0;
        if (sampler.Samples.Count > 0)
        {
            try
            {
                var result = await queue.SendAsync(sampler.Samples, cancellationToken);
                notQueued = result.TooLarge + result.FailedRequestIds.Count;
                if (notQueued > 0)
                    log.Warn("judge.samples-not-queued", ("tooLarge", result.TooLarge.ToString(CultureInfo.InvariantCulture)), ("failedRecordRequestIds", string.Join(",", result.FailedRequestIds)));
            }
#pragma warning disable CA1031 // losing samples is acceptable, failing (and re-counting) the metrics batch is not
            catch (Exception exception)
#pragma warning restore CA1031
            {
                notQueued = sampler.Samples.Count;
                log.Warn("judge.samples-not-queued", ("count", notQueued.ToString(CultureInfo.InvariantCulture)), ("errorType", exception.GetType().Name), ("error", exception.Message));
            }
        }
        if (sampler.Stats == default)
            return;
        var buffer = new ArrayBufferWriter<byte>(512);
        emf.WriteSampling(sampler.Stats, notQueued, time.GetUtcNow(), buffer);
        stdout.WriteLines(buffer.WrittenSpan);
    }
}
