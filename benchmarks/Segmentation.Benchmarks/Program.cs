using BenchmarkDotNet.Running;

// Pick benchmarks with --filter, e.g. `dotnet run -c Release -- --filter *Rfm*`.
BenchmarkSwitcher.FromAssembly(typeof(Segmentation.Benchmarks.Rfm.RfmRunBenchmarks).Assembly).Run(args);
