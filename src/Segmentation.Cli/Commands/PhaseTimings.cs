using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Segmentation.Cli.Commands;

/// <summary>Wall time per phase and the process's peak memory, for --timings.</summary>
internal sealed class PhaseTimings
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly List<(string Phase, TimeSpan Time, long WorkingSet)> _phases = [];
    private TimeSpan _last;

    public void End(string phase)
    {
        var now = _total.Elapsed;
        _phases.Add((phase, now - _last, Environment.WorkingSet));
        _last = now;
    }

    public string Describe(long rows)
    {
        var total = _total.Elapsed;
        var text = new StringBuilder();
        foreach (var (phase, time, workingSet) in _phases)
        {
            text.Append(CultureInfo.InvariantCulture, $"timing {phase}: {time.TotalSeconds:0.000} s ({time / total:0.0%}), memory after it {workingSet / (1024.0 * 1024):N0} MiB\n");
        }

        using var process = Process.GetCurrentProcess();
        text.Append(CultureInfo.InvariantCulture, $"timing total: {total.TotalSeconds:0.000} s, {rows / total.TotalSeconds:N0} rows/s, peak memory {process.PeakWorkingSet64 / (1024.0 * 1024):N0} MiB, GC pauses {GC.GetTotalPauseDuration().TotalSeconds:0.000} s (gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)})");
        return text.ToString();
    }
}
