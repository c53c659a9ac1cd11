using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Segmentation.Benchmarks.Database;

/// <summary>
/// A short in-process job for the PostgreSQL benchmarks: one call per iteration (the in-memory
/// baselines take tens of seconds per call), one warm-up, three measured iterations by default
/// (DB_BENCH_ITERATIONS changes that). The server is shared, so keep the counts small.
/// </summary>
public sealed class DatabaseBenchmarkConfig : ManualConfig
{
    public DatabaseBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(int.TryParse(Environment.GetEnvironmentVariable("DB_BENCH_ITERATIONS"), CultureInfo.InvariantCulture, out var n) ? n : 3));
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}
