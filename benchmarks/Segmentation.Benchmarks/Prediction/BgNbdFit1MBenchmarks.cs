using BenchmarkDotNet.Attributes;
using Segmentation.Definitions;
using Segmentation.Prediction.Models;
using Segmentation.Prediction.Summary;

namespace Segmentation.Benchmarks.Prediction;

/// <summary>The library's BG/NBD fit on a million customers (run with <see cref="BgNbdFitBenchmarks"/>: <c>--filter *BgNbdFit*</c>).</summary>
[Config(typeof(PredictionFitBenchmarkConfig))]
[MemoryDiagnoser]
public class BgNbdFit1MBenchmarks
{
    private CustomerSummary[] _customers = null!;

    [GlobalSetup]
    public void Setup() => _customers = PredictionData.Generate();

    [Benchmark]
    public double Library() => BgNbdModel.Fit(_customers, TimeUnit.Weeks, null).R;
}
