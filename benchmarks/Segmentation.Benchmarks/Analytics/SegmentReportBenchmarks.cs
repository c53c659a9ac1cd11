using BenchmarkDotNet.Attributes;
using Segmentation.Analytics;

namespace Segmentation.Benchmarks.Analytics;

/// <summary>Segment report over 1M customers in 11 exclusive segments: the library's span and async paths against a LINQ GroupBy baseline.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class SegmentReportBenchmarks
{
    private const int Segments = 11;
    private string[] _names = [];
    private int[] _segments = [];
    private CustomerMetrics[] _metrics = [];

    [Params(1_000_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _names = [.. Enumerable.Range(0, Segments).Select(i => "S" + i)];
        _segments = [.. Enumerable.Range(0, Customers).Select(_ => random.Next(Segments))];
        _metrics = [.. Enumerable.Range(0, Customers).Select(_ => new CustomerMetrics(random.Next(1, 20), random.Next(0, 100_000) / 100m, random.Next(0, 540)))];
    }

    [Benchmark(Baseline = true)]
    public decimal LinqGroupBy() =>
        Enumerable.Range(0, Customers)
            .GroupBy(i => _segments[i])
            .Select(g => (Revenue: g.Sum(i => _metrics[i].Revenue), Orders: g.Sum(i => _metrics[i].Orders), Recency: g.Average(i => _metrics[i].RecencyDays ?? 0)))
            .OrderByDescending(r => r.Revenue)
            .First().Revenue;

    [Benchmark]
    public decimal Span() => SegmentReport.CreateExclusive(_names, _segments, _metrics).Rows[0].Revenue;

    [Benchmark]
    public async Task<decimal> Async()
    {
        var report = await SegmentReport.CreateExclusiveAsync(_names, Enumerable.Range(0, Customers).ToAsyncEnumerable(), i => _segments[i], i => _metrics[i]);
        return report.Rows[0].Revenue;
    }
}
