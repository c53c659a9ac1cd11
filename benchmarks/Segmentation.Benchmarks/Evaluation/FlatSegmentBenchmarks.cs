using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using Segmentation.Compilation;
using Segmentation.Evaluation;

namespace Segmentation.Benchmarks.Evaluation;

/// <summary>
/// A 5-condition segment on scalar fields only (no collections) over 1M customers: the library's
/// compiled delegate and the single-segment set's span path against the same predicate written by
/// hand as a lambda (the baseline). Without collection loops the per-customer work is a few
/// nanoseconds, so any overhead of the compiled form shows in the ratio. Two more peers: the same
/// lambda written as an expression tree and compiled by the runtime (a dynamic method, as every
/// runtime-compiled predicate is: the floor for <see cref="CompiledPredicate"/>), and the lambda
/// writing each customer's membership word as the span path does (its peer doing the same work).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class FlatSegmentBenchmarks
{
    private BenchFlatCustomer[] _customers = [];
    private Func<BenchFlatCustomer, bool> _handWritten = null!;
    private Func<BenchFlatCustomer, bool> _compiled = null!;
    private Func<BenchFlatCustomer, bool> _expressionCompiled = null!;
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
        Expression<Func<BenchFlatCustomer, bool>> expression = c => (c.Country == "US" || c.Country == "CA" || c.Country == "GB")
            && c.LastOrderAt >= start && c.LastOrderAt <= end
            && c.TotalSpent > 500m
            && c.Age >= 25 && c.Age <= 60
            && !c.OptedOut;
        _expressionCompiled = expression.Compile();
        _compiled = SegmentCompiler.Shared.Compile<BenchFlatCustomer>(FlatBenchData.Vip, FlatBenchData.Catalog).ToPredicate(BenchData.AsOf);
        _set = SegmentSet<BenchFlatCustomer>.AllMatches([FlatBenchData.Vip], FlatBenchData.Catalog);
        _bits = new ulong[Customers];
        var expected = Count(_handWritten);
        if (expected != Count(_compiled) || expected != SegmentSetSpan() || expected != Count(_expressionCompiled) || expected != HandWrittenLambdaWritingMemberships())
        {
            throw new InvalidOperationException("The compiled segment and the hand-written lambda disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenLambda() => Count(_handWritten);

    [Benchmark]
    public int ExpressionCompiledLambda() => Count(_expressionCompiled);

    [Benchmark]
    public int CompiledPredicate() => Count(_compiled);

    [Benchmark]
    public long HandWrittenLambdaWritingMemberships()
    {
        var predicate = _handWritten;
        var bits = _bits;
        var customers = _customers;
        var n = 0L;
        for (var i = 0; i < customers.Length && i < bits.Length; i++)
        {
            var word = predicate(customers[i]) ? 1UL : 0UL;
            bits[i] = word;
            n += (long)word;
        }

        return n;
    }

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
