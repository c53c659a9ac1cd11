using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Segmentation.Benchmarks.Prediction;

/// <summary>
/// In process (the repository's strict build rules break generated projects), on one core (the
/// issue's goals are per core), few iterations: a scalar reference fit on a million customers
/// takes over a minute per invocation, so the fit runs as a monitoring job (one invocation per
/// iteration, no pilot stage).
/// </summary>
public sealed class PredictionBenchmarkConfig : ManualConfig
{
    public PredictionBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
            .WithAffinity(1)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5));
    }
}
