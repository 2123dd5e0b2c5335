namespace LlmWatch.TestKit;

/// <summary>
/// Generates a steady JSONL invocation log (records per minute per model) with optional incidents: a latency
/// incident (slow responses for some minutes) and an error burst (some calls fail instead of succeeding). Incidents
/// replace records rather than add them, so traffic volume and token use stay flat.
/// </summary>
public sealed class TrafficScenario
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    private readonly List<(string Model, double LatencyMs)> _models = [];
    private readonly List<(string Model, int From, int To, double LatencyMs)> _latency = [];
    private readonly List<(string Model, int From, int To, int Failures, string Code)> _errors = [];
    private DateTimeOffset _start = DefaultStart;
    private int _minutes = 60;
    private int _perMinute = 20;

    public TrafficScenario Start(DateTimeOffset start) { _start = start; return this; }
    public TrafficScenario Minutes(int minutes) { _minutes = minutes; return this; }
    public TrafficScenario PerMinute(int records) { _perMinute = records; return this; }
    public TrafficScenario Model(string model, double latencyMs = 1200) { _models.Add((model, latencyMs)); return this; }

    /// <summary>Minutes [from, to) of <paramref name="model"/> answer in <paramref name="latencyMs"/>.</summary>
    public TrafficScenario LatencyIncident(string model, int from, int to, double latencyMs) { _latency.Add((model, from, to, latencyMs)); return this; }

    /// <summary>In minutes [from, to), <paramref name="failures"/> of each minute's calls to the model fail with <paramref name="code"/>.</summary>
    public TrafficScenario ErrorBurst(string model, int from, int to, int failures, string code = "ServiceUnavailableException")
    {
        _errors.Add((model, from, to, failures, code));
        return this;
    }

    public IEnumerable<string> Lines()
    {
        var builder = new InvocationLogBuilder();
        for (var minute = 0; minute < _minutes; minute++)
        {
            foreach (var (model, baseLatency) in _models)
            {
                var latency = _latency.Where(l => l.Model == model && minute >= l.From && minute < l.To)
                    .Select(l => l.LatencyMs).DefaultIfEmpty(baseLatency).First();
                var burst = _errors.FirstOrDefault(e => e.Model == model && minute >= e.From && minute < e.To);
                for (var i = 0; i < _perMinute; i++)
                {
                    var at = _start.AddMinutes(minute).AddSeconds(i * 60.0 / _perMinute);
                    var failed = burst.Model is not null && i < burst.Failures;
                    // Spread latencies a little so percentiles are not degenerate: +0..9% of the base.
                    var ms = latency * (1 + (i % 10) / 100.0);
                    builder.At(at).Model(model).Role(i % 2 == 0 ? "checkout-api" : "support-bot").Tokens(100, 50)
                        .Latency(failed ? null : ms).Error(failed ? burst.Code : null);
                    yield return builder.Build();
                }
            }
        }
    }

    public string WriteJsonl(string path)
    {
        File.WriteAllLines(path, Lines());
        return path;
    }
}
