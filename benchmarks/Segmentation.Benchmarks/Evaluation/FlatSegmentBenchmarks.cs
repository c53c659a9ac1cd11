using BenchmarkDotNet.Attributes;
using Segmentation.Compilation;
using Segmentation.Evaluation;

namespace Segmentation.Benchmarks.Evaluation;

/// <summary>
/// A 5-condition segment on scalar fields only (no collections) over 1M customers: the library's
/// compiled delegate and the single-segment set's span path against the same predicate written by
/// hand as a lambda (the baseline). Without collection loops the per-customer work is a few
/// nanoseconds, so any overhead of the compiled form shows in the ratio.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class FlatSegmentBenchmarks
{
    private BenchFlatCustomer[] _customers = [];
    private Func<BenchFlatCustomer, bool> _handWritten = null!;
    private Func<BenchFlatCustomer, bool> _compiled = null!;
    private SegmentSet<BenchFlatCustomer> _set = null!;
    private ulong[] _bits = [];

    [Params(1_000_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _customers = FlatBenchData.Customers(Customers);
        var start = BenchData.AsOf.AddDays(-90);
        var end = BenchData.AsOf;
        _handWritten = c => c.Country is "US" or "CA" or "GB"
            && c.LastOrderAt >= start && c.LastOrderAt <= end
            && c.TotalSpent > 500m
            && c.Age >= 25 && c.Age <= 60
            && !c.OptedOut;
        _compiled = SegmentCompiler.Shared.Compile<BenchFlatCustomer>(FlatBenchData.Vip, FlatBenchData.Catalog).ToPredicate(BenchData.AsOf);
        _set = SegmentSet<BenchFlatCustomer>.AllMatches([FlatBenchData.Vip], FlatBenchData.Catalog);
        _bits = new ulong[Customers];
        if (Count(_handWritten) != Count(_compiled) || Count(_handWritten) != SegmentSetSpan())
        {
            throw new InvalidOperationException("The compiled segment and the hand-written lambda disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenLambda() => Count(_handWritten);

    [Benchmark]
    public int CompiledPredicate() => Count(_compiled);

    [Benchmark]
    public long SegmentSetSpan() => _set.Evaluate(_customers.AsSpan(), _bits, BenchData.AsOf).Counts[0];

    private int Count(Func<BenchFlatCustomer, bool> predicate)
    {
        var n = 0;
        foreach (var customer in _customers)
        {
            if (predicate(customer))
            {
                n++;
            }
        }

        return n;
    }
}
