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
        using (var input = new FileStream(fifo, FileMode.Open, FileAccess.Write))
        {
            // The open returns once the tool has opened the FIFO, after it registered its SIGINT handler.
            input.Write(Encoding.UTF8.GetBytes(Transactions));
            input.Flush();
            Run("kill", "-" + signal, process.Id.ToString(CultureInfo.InvariantCulture));

            // The handler runs on the runtime's signal thread: give it time before the input ends.
            await Task.Delay(1000, TestContext.Current.CancellationToken);
            input.Write(Encoding.UTF8.GetBytes("c,2024-01-06,1\n"));
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(130, process.ExitCode);
        Assert.Contains("Cancelled.", await error, StringComparison.Ordinal);
        Assert.Equal(["tx.csv"], dir.FileNames());
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
