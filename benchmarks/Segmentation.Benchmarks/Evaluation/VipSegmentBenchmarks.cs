using BenchmarkDotNet.Attributes;
using Segmentation.Compilation;
using Segmentation.Evaluation;

namespace Segmentation.Benchmarks.Evaluation;

/// <summary>
/// One realistic 5-condition segment over 1M customers: the library's compiled delegate against the
/// same predicate written by hand, as loops (the baseline) and as idiomatic LINQ.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class VipSegmentBenchmarks
{
    private BenchCustomer[] _customers = [];
    private Func<BenchCustomer, bool> _compiled = null!;
    private SegmentSet<BenchCustomer> _set = null!;
    private ulong[] _bits = [];

    [Params(1_000_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _customers = BenchData.Customers(Customers);
        _compiled = SegmentCompiler.Shared.Compile<BenchCustomer>(BenchData.Vip, BenchData.Catalog).ToPredicate(BenchData.AsOf);
        _set = SegmentSet<BenchCustomer>.AllMatches([BenchData.Vip], BenchData.Catalog);
        _bits = new ulong[Customers];
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenLoops()
    {
        var start = BenchData.AsOf.AddDays(-90);
        var end = BenchData.AsOf;
        Func<BenchCustomer, bool> vip = c =>
        {
            if (c.Country is not ("US" or "CA" or "GB"))
            {
                return false;
            }

            var recent = 0;
            foreach (var o in c.Orders)
            {
                if (o.PlacedAt >= start && o.PlacedAt <= end)
                {
                    recent++;
                }
            }

            if (recent < 3)
            {
                return false;
            }

            var sum = 0m;
            foreach (var o in c.Orders)
            {
                sum += o.Amount;
            }

            return sum > 500m && c.Age >= 25 && c.Age <= 60 && !c.OptedOut;
        };
        return Count(vip);
    }

    [Benchmark]
    public int HandWrittenLinq()
    {
        var start = BenchData.AsOf.AddDays(-90);
        var end = BenchData.AsOf;
        Func<BenchCustomer, bool> vip = c => c.Country is "US" or "CA" or "GB"
            && c.Orders.Count(o => o.PlacedAt >= start && o.PlacedAt <= end) >= 3
            && c.Orders.Sum(o => o.Amount) > 500m
            && c.Age >= 25 && c.Age <= 60
            && !c.OptedOut;
        return Count(vip);
    }

    [Benchmark]
    public int CompiledPredicate() => Count(_compiled);

    [Benchmark]
    public long SegmentSetSpan() => _set.Evaluate(_customers.AsSpan(), _bits, BenchData.AsOf).Counts[0];

    private int Count(Func<BenchCustomer, bool> predicate)
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
