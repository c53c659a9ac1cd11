using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Segmentation.Benchmarks.Rfm;

/// <summary>
/// The scoring cases at ten million customers. The naive LINQ baseline takes more than a minute
/// per call, so the job measures each case once after its jitting call (monitoring strategy).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class RfmScoring10MBenchmarks : RfmScoringCases
{
    [Params(10_000_000)]
    public override int Customers { get; set; }

    private sealed class Config : ManualConfig
    {
        public Config() =>
            AddJob(Job.Default
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(20), logOutput: true))
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(0)
                .WithIterationCount(1));
    }
}
