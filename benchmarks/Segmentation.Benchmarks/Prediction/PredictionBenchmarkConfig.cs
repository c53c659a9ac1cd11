using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Segmentation.Benchmarks.Prediction;

/// <summary>
/// In process (the repository's strict build rules break generated projects), on one core (the
/// issue's goals are per core), 15 iterations with their minimum shown: a scalar reference fit on a million customers
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
            .WithIterationCount(15));

        // On a shared, loaded machine the fastest iteration is the least disturbed one.
        AddColumn(StatisticColumn.Min);
    }
}
