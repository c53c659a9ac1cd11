using BenchmarkDotNet.Attributes;

namespace Segmentation.Benchmarks.Rfm;

/// <summary>
/// Scoring from per-customer columns: the library against a naive LINQ version, a careful
/// Array.Sort version and the streaming floor (handed the cut points). Ten million customers are
/// in <see cref="RfmScoring10MBenchmarks"/>, whose job runs the naive baseline only once.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RfmBenchmarkConfig))]
public class RfmScoringBenchmarks : RfmScoringCases
{
    [Params(1_000, 100_000, 1_000_000)]
    public override int Customers { get; set; }
}
