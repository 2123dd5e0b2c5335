using System.Buffers;
using System.IO.Compression;
using System.Text.Json;
using LlmWatch.Core.Records;

namespace LlmWatch.Benchmarks;

/// <summary>Where the metrics path spends its time: decode, payload pass, unescape, record parse (minimum of many runs).</summary>
internal static class Breakdown
{
    public static string Run(int records)
    {
        var lines = BenchData.Records(records);
        var payload = BenchData.Payload(lines);
        var evt = BenchData.SubscriptionEvent(lines);
        var recordBytes = lines.Select(l => System.Text.Encoding.UTF8.GetBytes(l)).ToList();
        var parser = new InvocationRecordParser();
        var scratch = new ArrayBufferWriter<byte>();
        static double Min(Action a) => MinTime.Of(a, 40);
        var decode = Min(() =>
        {
            var buffer = new ArrayBufferWriter<byte>();
            SubscriptionEnvelope.TryDecode(evt, buffer);
        });
        var pass = Min(() =>
        {
            var r = new Utf8JsonReader(payload);
            while (r.Read()) { }
        });
        var unescape = Min(() =>
        {
            var r = new Utf8JsonReader(payload);
            while (r.Read())
            {
                if (r.TokenType == JsonTokenType.String && r.ValueSpan.Length > 200)
                {
                    scratch.ResetWrittenCount();
                    scratch.Advance(r.CopyString(scratch.GetSpan(r.ValueSpan.Length)));
                }
            }
        });
        var parse = Min(() =>
        {
            foreach (var b in recordBytes)
                _ = parser.TryParse(b, out _, out _);
        });
        var readerOnly = Min(() =>
        {
            foreach (var b in recordBytes)
            {
                var r = new Utf8JsonReader(b);
                while (r.Read()) { }
            }
        });
        Console.WriteLine($"Utf8JsonReader pass over the records alone {readerOnly:0.00} ms");
        return $"{records} records ({payload.Length / 1024} KB payload): decode(b64+gunzip) {decode:0.00} ms, payload pass {pass:0.00} ms, pass+unescape {unescape:0.00} ms, record parse {parse:0.00} ms";
    }
}
