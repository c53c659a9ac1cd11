using BenchmarkDotNet.Attributes;
using Segmentation.Definitions;
using Segmentation.Prediction.Models;
using Segmentation.Prediction.Summary;

namespace Segmentation.Benchmarks.Prediction;

/// <summary>
/// Fitting BG/NBD: the library's fit (rows merged by weight, Γ terms once per distinct x, analytic
/// gradient, two or three starts, the Hessian for standard errors) against the scalar reference
/// (every row, every Γ term, numeric gradient, one start), the baseline, on 100,000 customers
/// (the reference takes over a minute per fit at a million on a shared core; the library's fit
/// on a million is <see cref="BgNbdFit1MBenchmarks"/>, in the same run). The Python
/// figure for the reference's approach is 60.9 s at a million.
/// </summary>
[Config(typeof(PredictionFitBenchmarkConfig))]
[MemoryDiagnoser]
public class BgNbdFitBenchmarks
{
    private CustomerSummary[] _customers = null!;

    [GlobalSetup]
    public void Setup() => _customers = PredictionData.Generate(100_000);

    [Benchmark(Baseline = true)]
    public double ScalarReference() => ScalarBgNbdReference.Fit(_customers)[0];

    [Benchmark]
    public double Library() => BgNbdModel.Fit(_customers, TimeUnit.Weeks, null).R;
}
