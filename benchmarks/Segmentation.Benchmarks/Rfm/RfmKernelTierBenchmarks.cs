using BenchmarkDotNet.Attributes;
using Segmentation.Rfm.Kernels;

namespace Segmentation.Benchmarks.Rfm;

/// <summary>
/// The score kernel on one thread, scalar specification against each vector tier called
/// directly: a recency (int) and a monetary (double) column with four cut points each.
/// A tier the CPU does not accelerate runs the runtime's software fallback.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RfmBenchmarkConfig))]
public class RfmKernelTierBenchmarks
{
    private static readonly int[] RecencyCuts = [146, 292, 438, 584];
    private static readonly double[] MonetaryCuts = [18.5, 40.25, 77.1, 160.0];
    private RfmData _data = null!;
    private byte[] _r = null!, _m = null!;

    [Params(1_000, 1_000_000, 10_000_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = new RfmData(Customers);
        _r = new byte[Customers];
        _m = new byte[Customers];
    }

    [Benchmark(Baseline = true)]
    public void Scalar()
    {
        ScoreKernel.ScoreScalar(_data.Recency, RecencyCuts, 5, true, _r);
        ScoreKernel.ScoreScalar(_data.Monetary, MonetaryCuts, 5, false, _m);
    }

    [Benchmark]
    public void Vector128()
    {
        ScoreKernel.ScoreVector128(_data.Recency, RecencyCuts, 5, true, _r);
        ScoreKernel.ScoreVector128(_data.Monetary, MonetaryCuts, 5, false, _m);
    }

    [Benchmark]
    public void Vector256()
    {
        ScoreKernel.ScoreVector256(_data.Recency, RecencyCuts, 5, true, _r);
        ScoreKernel.ScoreVector256(_data.Monetary, MonetaryCuts, 5, false, _m);
    }

    [Benchmark]
    public void Vector512()
    {
        ScoreKernel.ScoreVector512(_data.Recency, RecencyCuts, 5, true, _r);
        ScoreKernel.ScoreVector512(_data.Monetary, MonetaryCuts, 5, false, _m);
    }
}
