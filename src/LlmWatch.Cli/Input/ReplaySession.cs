using System.Buffers;
using System.IO.Compression;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;
using LlmWatch.Core.Replay;

namespace LlmWatch.Cli.Input;

/// <summary>
/// Feeds log files through the same parser and EMF path the Lambda uses: a subscription-event file goes through
/// <see cref="InvocationBatchProcessor"/> exactly as the metrics function would; a JSONL file is one batch.
/// </summary>
internal sealed class ReplaySession(PriceBook prices, EmfOptions emfOptions, ReplayGrouping grouping, IBufferWriter<byte>? emfOut)
{
    private readonly InvocationRecordParser _parser = new();
    private readonly MetricsBatch _batch = new(prices, emfOptions);
    private readonly InvocationBatchProcessor _processor = new(prices, emfOptions);
    private readonly List<InvocationRecord> _records = [];

    public ReplayStats Stats { get; } = new(prices, grouping);

    /// <summary>Every parsed record, in input order (for backtests and reports).</summary>
    public IReadOnlyList<InvocationRecord> Records => _records;

    public bool KeepRecords { get; init; }

    public void ReadFile(FileInfo file, Action<long>? onBytes = null)
    {
        try
        {
            using var raw = file.OpenRead();
            using var stream = IsGzip(file, raw) ? new GZipStream(raw, CompressionMode.Decompress) : (Stream)raw;
            using var buffered = new BufferedStream(stream, 1 << 16);
            var head = new byte[4096];
            var headLength = buffered.Read(head);
            onBytes?.Invoke(headLength);
            var combined = new ConcatStream(head.AsMemory(0, headLength), buffered);
            if (SubscriptionEnvelope.LooksLikeEnvelope(head.AsSpan(0, headLength)))
                ReadSubscriptionEvent(file.Name, combined, onBytes);
            else
                ReadJsonLines(file.Name, combined, onBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new LogSourceException($"{file.FullName}: cannot read: {e.Message}", e);
        }
    }

    private void ReadJsonLines(string name, Stream stream, Action<long>? onBytes)
    {
        _batch.Clear();
        // The EMF aggregation costs about as much as the parse; skip it unless --emf-out asked for EMF.
        var batch = emfOut is null ? null : _batch;
        LineSplitter.ForEachLine(stream, (line, number) =>
        {
            if (_parser.TryParse(line, out var record, out var reason))
            {
                var priced = prices.TryGetCost(record, out var quote);
                Stats.Add(record, priced, quote);
                Keep(record);
                batch?.Add(record, priced, quote.Usd);
            }
            else
            {
                Stats.AddSkipped(reason, name, number);
                batch?.AddSkipped(reason);
            }
        }, onBytes);
        if (emfOut is not null)
            _batch.WriteEmf(emfOut, _batch.LatestMinuteMs());
    }

    private void ReadSubscriptionEvent(string name, Stream stream, Action<long>? onBytes)
    {
        using var all = new MemoryStream();
        stream.CopyTo(all);
        onBytes?.Invoke(all.Length);
        var observer = new Observer(this, name);
        var result = _processor.Process(all.GetBuffer().AsSpan(0, (int)all.Length), emfOut ?? new ArrayBufferWriter<byte>(), observer);
        if (result.EnvelopeError is not null)
            throw new LogSourceException($"{name}: {result.EnvelopeError}");
    }

    private void Add(InvocationRecord record)
    {
        Stats.Add(record);
        Keep(record);
    }

    private void Keep(InvocationRecord record)
    {
        if (KeepRecords)
            _records.Add(record);
    }

    private static bool IsGzip(FileInfo file, FileStream raw)
    {
        Span<byte> magic = stackalloc byte[2];
        var read = raw.Read(magic);
        raw.Position = 0;
        _ = file;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }

    private sealed class Observer(ReplaySession session, string name) : IInvocationObserver
    {
        public void OnRecord(InvocationRecord record, ReadOnlySpan<byte> rawRecordJson) => session.Add(record);

        public void OnSkipped(SkipReason reason, int index) => session.Stats.AddSkipped(reason, name, index + 1);
    }
}
