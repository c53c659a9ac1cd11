using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Segmentation.Benchmarks.Rfm;

/// <summary>
/// The scoring cases at ten million customers. The naive LINQ baseline takes more than a minute
/// per call, so by default the job measures each case once after its jitting call (monitoring
/// strategy). Set RFM_10M_WARMUP and RFM_10M_ITERATIONS to measure the fast cases more often
/// (run them with a filter that leaves out NaiveLinq).
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
                .WithWarmupCount(FromEnvironment("RFM_10M_WARMUP", 0))
                .WithIterationCount(FromEnvironment("RFM_10M_ITERATIONS", 1)));

        private static int FromEnvironment(string name, int fallback) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
