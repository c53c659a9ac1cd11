using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Segmentation.Benchmarks.Rfm;

/// <summary>
/// A short in-process job: the 10-million-customer cases (and the naive LINQ baseline at that size)
/// take seconds per invocation, and the repository's strict build rules also apply to projects that
/// BenchmarkDotNet generates, so an out-of-process job does not compile.
/// </summary>
public sealed class RfmBenchmarkConfig : ManualConfig
{
    public RfmBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(20), logOutput: true))
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3));
    }
}
