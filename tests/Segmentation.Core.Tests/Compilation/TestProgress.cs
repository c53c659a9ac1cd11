using System.Diagnostics;

namespace Segmentation.Tests.Compilation;

/// <summary>
/// Writes a line of test output about once a second during a long test. xunit's VSTest adapter
/// declares the test process crashed when the process exits more than 60 s after the last message
/// it read, before it reads the final results: a long test near the end of the run, with nothing
/// else running (as in <see cref="HeapMeasuringCollection"/>), lost its results that way in CI
/// ("Test process crashed with exit code 0"). Each line of output is a message that keeps it fresh.
/// </summary>
internal sealed class TestProgress
{
    private static readonly long Interval = Stopwatch.Frequency;
    private long _next = Stopwatch.GetTimestamp() + Interval;

    public void Report(long done, string what)
    {
        var now = Stopwatch.GetTimestamp();
        if (now < _next)
        {
            return;
        }

        _next = now + Interval;
        TestContext.Current.TestOutputHelper?.WriteLine($"{done:N0} {what}");
    }
}
