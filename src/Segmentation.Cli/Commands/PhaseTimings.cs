using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;

namespace Segmentation.Cli.Commands;

/// <summary>Wall time, memory and JIT time per phase and the process's peak memory, for --timings.</summary>
internal sealed class PhaseTimings
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly List<(string Phase, TimeSpan Time, long WorkingSet, TimeSpan Jit, long Methods)> _phases = [];
    private readonly TimeSpan _startUp = StartUpTime();
    private readonly TimeSpan _startUpJit = JitInfo.GetCompilationTime();
    private readonly long _startUpMethods = JitInfo.GetCompiledMethodCount();
    private TimeSpan _last;
    private TimeSpan _lastJit;
    private long _lastMethods;

    public PhaseTimings()
    {
        _lastJit = _startUpJit;
        _lastMethods = _startUpMethods;
    }

    public void End(string phase)
    {
        var now = _total.Elapsed;
        var jit = JitInfo.GetCompilationTime();
        var methods = JitInfo.GetCompiledMethodCount();
        _phases.Add((phase, now - _last, Environment.WorkingSet, jit - _lastJit, methods - _lastMethods));
        _last = now;
        _lastJit = jit;
        _lastMethods = methods;
    }

    public string Describe(long rows)
    {
        var total = _total.Elapsed;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"timing start-up before the command: {_startUp.TotalSeconds:0.000} s, JIT {_startUpJit.TotalSeconds:0.000} s ({_startUpMethods} methods)\n");
        foreach (var (phase, time, workingSet, jit, methods) in _phases)
        {
            text.Append(CultureInfo.InvariantCulture, $"timing {phase}: {time.TotalSeconds:0.000} s ({time / total:0.0%}), memory after it {workingSet / (1024.0 * 1024):N0} MiB, JIT {jit.TotalSeconds:0.000} s ({methods} methods)\n");
        }

        using var process = Process.GetCurrentProcess();
        text.Append(CultureInfo.InvariantCulture, $"timing total: {total.TotalSeconds:0.000} s, {rows / total.TotalSeconds:N0} rows/s, peak memory {process.PeakWorkingSet64 / (1024.0 * 1024):N0} MiB, GC pauses {GC.GetTotalPauseDuration().TotalSeconds:0.000} s (gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}), JIT since start {JitInfo.GetCompilationTime().TotalSeconds:0.000} s ({JitInfo.GetCompiledMethodCount()} methods)");
        return text.ToString();
    }

    // Process start to the command: runtime start, the command line, and the console set-up.
    private static TimeSpan StartUpTime()
    {
        using var process = Process.GetCurrentProcess();
        return DateTime.Now - process.StartTime;
    }
}
