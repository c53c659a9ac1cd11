using BenchmarkDotNet.Attributes;
using Segmentation.Compilation;
using Segmentation.Definitions;

namespace Segmentation.Benchmarks.Evaluation;

/// <summary>
/// The compiler's cache on its hot path: recompiling the VIP segment (a hit: bind, plan, one lookup)
/// and a round of 1,000 tenants whose country differs (a constant in the delegate, so each its own
/// entry) into a cache that holds them all. Run against the build before the bounded cache to show
/// what its use stamp costs.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class CompileCacheBenchmarks
{
    private readonly SegmentDefinition[] _tenants = [.. Enumerable.Range(0, 1_000).Select(i =>
        new SegmentDefinition("tenant", new ComparisonCriterion("country", ComparisonOperator.Equal, SegmentValue.FromString("tenant-" + i))))];

    private SegmentCompiler _compiler = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compiler = new SegmentCompiler();
        _compiler.Compile<BenchCustomer>(BenchData.Vip, BenchData.Catalog);
        foreach (var tenant in _tenants)
        {
            _compiler.Compile<BenchCustomer>(tenant, BenchData.Catalog);
        }
    }

    [Benchmark(Baseline = true)]
    public CompiledSegment<BenchCustomer> VipHit() => _compiler.Compile<BenchCustomer>(BenchData.Vip, BenchData.Catalog);

    [Benchmark(OperationsPerInvoke = 1_000)]
    public int ThousandTenantsHit()
    {
        var n = 0;
        foreach (var tenant in _tenants)
        {
            n += _compiler.Compile<BenchCustomer>(tenant, BenchData.Catalog).RequiresAsync ? 0 : 1;
        }

        return n;
    }
}
