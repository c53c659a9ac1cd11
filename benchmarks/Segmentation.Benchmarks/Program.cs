using BenchmarkDotNet.Running;

// Pick benchmarks with --filter, e.g. `dotnet run -c Release -- --filter *Rfm*`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
