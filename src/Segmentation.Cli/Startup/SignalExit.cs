using Segmentation.Cli.Output;

namespace Segmentation.Cli.Startup;

/// <summary>
/// Ends the process shortly after Ctrl+C or SIGTERM when the run does not unwind by itself. The
/// signal cancels the run's token, which every loop checks; but a read blocked in the kernel (a FIFO
/// that no writer opened, a producer that stalled) never returns to check it. After the grace
/// period this deletes the temporary files of writes in progress, says so and exits with 130.
/// </summary>
internal static class SignalExit
{
    /// <summary>How long the run has to unwind by itself; the whole stop stays under a second.</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromMilliseconds(500);

    private static int s_armed;

    /// <summary>Starts the watchdog once; later signals change nothing.</summary>
    public static void Arm(TextWriter error)
    {
        if (Interlocked.Exchange(ref s_armed, 1) != 0)
        {
            return;
        }

        var thread = new Thread(() =>
        {
            Thread.Sleep(GracePeriod);
            AtomicFile.DeleteInFlight();
            error.WriteLine("Cancelled. No output file was written.");
            error.Flush();
            Environment.Exit(ExitCodes.Cancelled);
        })
        {
            IsBackground = true,
            Name = "segment signal exit",
        };
        thread.Start();
    }
}
