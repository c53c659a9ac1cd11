using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Segmentation.Cli.Tests.Commands;

/// <summary>Input from a FIFO (as from <c>&lt;(zcat orders.csv.gz)</c>), and Ctrl+C or SIGTERM on the real process.</summary>
public sealed class PipeInputTests
{
    private const string Transactions = "customer_id,order_date,amount\nb,2024-01-01,10\na,2024-01-03,0.1\na,2024-01-05,0.2\n";

    [Fact]
    public async Task Rfm_InputIsAFifo_StreamsItThroughTheGeneralReader()
    {
        SkipUnlessLinux();
        using var dir = new TempDirectory();
        var fifo = MakeFifo(dir, "tx.csv");
        var writer = Task.Run(() => WriteAndClose(fifo, Transactions), TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--bins", "2", "--out", "scores.csv");
        await writer;

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "customer_id,recency_days,frequency,monetary,r,f,m,rfm,segment\n" +
            "a,1,2,0.3,2,2,1,221,Champions\n" +
            "b,5,1,10,1,1,2,112,Hibernating\n",
            File.ReadAllText(dir.File("scores.csv")));
    }

    [Theory]
    [InlineData("INT", 2)]
    [InlineData("TERM", 15)]
    public async Task Process_SignalWhileReading_ExitsWith130AndWritesNoOutput(string signal, int number)
    {
        SkipUnlessLinux();
        // A shell that starts jobs in the background without job control ignores SIGINT in them, and
        // the ignore is inherited: the tool could not see Ctrl+C there, so the test cannot either.
        Assert.SkipWhen(Ignored(number), $"SIG{signal} is ignored in this process tree (a background job without job control)");
        using var dir = new TempDirectory();
        var fifo = MakeFifo(dir, "tx.csv");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = dir.Path,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "segment.dll"), "rfm", "tx.csv", "--out", "scores.csv", "--no-progress" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using (var input = new FileStream(fifo, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0))
        {
            // The open returns once the tool has opened the FIFO, after it registered its SIGINT handler.
            input.Write(Encoding.UTF8.GetBytes(Transactions));
            input.Flush();
            Run("kill", "-" + signal, process.Id.ToString(CultureInfo.InvariantCulture));

            // The handler runs on the runtime's signal thread: give it time before the input ends. The
            // tool may have ended by then (a read that waits for input is cut short), closing the pipe.
            await Task.Delay(1000, TestContext.Current.CancellationToken);
            try
            {
                input.Write(Encoding.UTF8.GetBytes("c,2024-01-06,1\n"));
                input.Flush();
            }
            catch (IOException)
            {
                // Broken pipe: the reader is gone.
            }
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        var message = await error;
        Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}: {message}");
        Assert.Contains("Cancelled.", message, StringComparison.Ordinal);
        Assert.Equal(["tx.csv"], dir.FileNames());
    }

    [Theory]
    [InlineData("TERM", 15, false)]
    [InlineData("TERM", 15, true)]
    [InlineData("INT", 2, false)]
    public async Task Process_SignalWhileBlockedInARead_EndsWithin1SecondWith130(string signal, int number, bool stalledProducer)
    {
        // Regression: a read blocked in the kernel (a FIFO no writer opened, a producer that stalled)
        // never returned to check the cancelled token; only SIGKILL ended the run.
        SkipUnlessLinux();
        Assert.SkipWhen(Ignored(number), $"SIG{signal} is ignored in this process tree (a background job without job control)");
        using var dir = new TempDirectory();
        var fifo = MakeFifo(dir, "tx.csv");
        using var process = StartTool(dir, "rfm", "tx.csv", "--out", "scores.csv", "--no-progress");
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        FileStream? producer = null;
        try
        {
            if (stalledProducer)
            {
                // The open returns once the tool opened the FIFO; half a row, then nothing.
                producer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
                producer.Write(Encoding.UTF8.GetBytes("customer_id,order_date,amount\nb,2024-01-01,1"));
                producer.Flush();
                await WaitUntilBlocked(process, "pipe_read");
            }
            else
            {
                await WaitUntilBlocked(process, "wait_for_partner");
            }

            var clock = Stopwatch.StartNew();
            Run("kill", "-" + signal, process.Id.ToString(CultureInfo.InvariantCulture));
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(deadline.Token);
            clock.Stop();

            Assert.Equal(130, process.ExitCode);
            Assert.Contains("Cancelled.", await error, StringComparison.Ordinal);
            Assert.Equal(["tx.csv"], dir.FileNames());
            // The design is half a second; the bound leaves room for a loaded 2-core CI machine.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"the run ended {clock.Elapsed.TotalSeconds:0.00} s after SIG{signal}");
        }
        finally
        {
            producer?.Dispose();
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    private static Process StartTool(TempDirectory dir, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = dir.Path,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "segment.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    // Waits until the tool's main thread sleeps in the kernel function named (from /proc's wchan): by
    // then its signal handlers are registered and it is blocked where no token reaches. (Only the main
    // thread: the runtime's debugger thread waits on a FIFO of its own.)
    private static async Task WaitUntilBlocked(Process process, string kernelFunction)
    {
        var wchan = $"/proc/{process.Id}/task/{process.Id}/wchan";
        for (var i = 0; i < 600; i++)
        {
            if (File.ReadAllText(wchan).Contains(kernelFunction, StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"the tool's main thread never blocked in {kernelFunction}: {File.ReadAllText(wchan)}");
    }

    private static void SkipUnlessLinux() => Assert.SkipUnless(OperatingSystem.IsLinux(), "FIFOs and signals are tested on Linux");

    private static string MakeFifo(TempDirectory dir, string name)
    {
        var path = dir.File(name);
        Run("mkfifo", path);
        return path;
    }

    private static void WriteAndClose(string fifo, string text)
    {
        using var input = new FileStream(fifo, FileMode.Open, FileAccess.Write);
        input.Write(Encoding.UTF8.GetBytes(text));
    }

    private static bool Ignored(int signal)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        var mask = ulong.Parse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (mask & (1UL << (signal - 1))) != 0;
    }

    // coreutils' mkfifo and kill: no native interop in the tests.
    private static void Run(string command, params string[] args)
    {
        using var process = Process.Start(command, args);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
