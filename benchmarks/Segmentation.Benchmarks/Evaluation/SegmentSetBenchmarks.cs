using BenchmarkDotNet.Attributes;
using Segmentation.Evaluation;

namespace Segmentation.Benchmarks.Evaluation;

/// <summary>
/// Twenty segments over 1M customers, in both modes: one compiled delegate per customer evaluated
/// sequentially over a span, and over an array on every core; the baseline calls the twenty
/// compiled segments one by one.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class SegmentSetBenchmarks
{
    private BenchCustomer[] _customers = [];
    private SegmentSet<BenchCustomer> _all = null!;
    private SegmentSet<BenchCustomer> _first = null!;
    private Func<BenchCustomer, bool>[] _separate = [];
    private ulong[] _bits = [];
    private int[] _assignments = [];

    [Params(1_000_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _customers = BenchData.Customers(Customers);
        var twenty = BenchData.Twenty();
        _all = SegmentSet<BenchCustomer>.AllMatches(twenty, BenchData.Catalog);
        _first = SegmentSet<BenchCustomer>.FirstMatch(twenty, "Others", BenchData.Catalog);
        _separate = [.. _all.Segments.Select(s => s.ToPredicate(BenchData.AsOf))];
        _bits = new ulong[Customers];
        _assignments = new int[Customers];
    }

    [Benchmark(Baseline = true)]
    public ulong SeparatePredicates()
    {
        var any = 0UL;
        for (var c = 0; c < _customers.Length; c++)
        {
            var bits = 0UL;
            for (var s = 0; s < _separate.Length; s++)
            {
                if (_separate[s](_customers[c]))
                {
                    bits |= 1UL << s;
                }
            }

            _bits[c] = bits;
            any |= bits;
        }

        return any;
    }

    [Benchmark]
    public long AllMatchesSpan() => _all.Evaluate(_customers.AsSpan(), _bits.AsSpan(), BenchData.AsOf).Total;

    [Benchmark]
    public long AllMatchesParallel() => _all.Evaluate(_customers, _bits, BenchData.AsOf).Total;

    [Benchmark]
    public long FirstMatchSpan() => _first.Classify(_customers.AsSpan(), _assignments.AsSpan(), BenchData.AsOf).Total;

    [Benchmark]
    public long FirstMatchParallel() => _first.Classify(_customers, _assignments, BenchData.AsOf).Total;
}
