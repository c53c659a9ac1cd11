using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Segmentation.Benchmarks.Prediction;

/// <summary>The fit's job: monitoring, one warm-up and two measured invocations.</summary>
public sealed class PredictionFitBenchmarkConfig : ManualConfig
{
    public PredictionFitBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
            .WithStrategy(RunStrategy.Monitoring)
            .WithAffinity(1)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(2));
    }
}
