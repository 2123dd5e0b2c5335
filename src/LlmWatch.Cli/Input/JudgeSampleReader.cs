using System.Buffers;
using System.IO.Compression;
using LlmWatch.Core.Judge;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Cli.Input;

/// <summary>
/// Runs the production sampler over log files (JSONL, .gz, subscription events): the same records are selected as
/// the deployed metrics function would select at the same rate.
/// </summary>
internal sealed class JudgeSampleReader(JudgeSamplingOptions options)
{
    private readonly InvocationRecordParser _parser = new();

    public JudgeSampler Sampler { get; } = new(options);

    public long Records { get; private set; }

    public void ReadFile(FileInfo file)
    {
        try
        {
            using var raw = file.OpenRead();
            Span<byte> magic = stackalloc byte[2];
            var gzip = raw.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
            raw.Position = 0;
            using var stream = gzip ? new GZipStream(raw, CompressionMode.Decompress) : (Stream)raw;
            using var all = new MemoryStream();
            stream.CopyTo(all);
            var bytes = all.GetBuffer().AsSpan(0, (int)all.Length);
            if (SubscriptionEnvelope.LooksLikeEnvelope(bytes[..Math.Min(bytes.Length, 4096)]))
                ReadSubscriptionEvent(file.Name, bytes);
            else
                ReadJsonLines(all);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new LogSourceException($"{file.FullName}: cannot read: {e.Message}", e);
        }
    }

    private void ReadJsonLines(MemoryStream all)
    {
        all.Position = 0;
        LineSplitter.ForEachLine(all, (line, _) =>
        {
            if (_parser.TryParse(line, out var record, out SkipReason _))
            {
                Records++;
                Sampler.OnRecord(record, line);
            }
        });
    }

    private void ReadSubscriptionEvent(string name, ReadOnlySpan<byte> bytes)
    {
        var processor = new InvocationBatchProcessor(PriceBook.LoadDefault(), new EmfOptions(EmfOptions.DefaultNamespace));
        var counting = new CountingObserver(this);
        var result = processor.Process(bytes, new ArrayBufferWriter<byte>(), counting);
        if (result.EnvelopeError is not null)
            throw new LogSourceException($"{name}: {result.EnvelopeError}");
    }

    private sealed class CountingObserver(JudgeSampleReader reader) : IInvocationObserver
    {
        public void OnRecord(InvocationRecord record, ReadOnlySpan<byte> rawRecordJson)
        {
            reader.Records++;
            reader.Sampler.OnRecord(record, rawRecordJson);
        }
    }
}
