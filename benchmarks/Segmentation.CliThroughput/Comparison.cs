using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Segmentation.CliThroughput;

/// <summary>
/// Runs `segment rfm` and the DuckDB baseline as child processes, alternating, and prints a table.
/// Peak memory is the child's maximum resident set size as `/usr/bin/time` reports it (the same
/// measure for both tools), else what each tool prints about itself.
/// </summary>
internal static partial class Comparison
{
    public static int Run(string input, string segmentDll, int rounds)
    {
        var self = Environment.ProcessPath!;
        var selfDll = typeof(Comparison).Assembly.Location;
        var rows = File.ReadLines(input).LongCount() - 1;
        var results = new List<(string Tool, double Seconds, double PeakMiB, string Timings)>();
        for (var round = 0; round < rounds; round++)
        {
            results.Add(Measure("segment", "dotnet", [segmentDll, "rfm", input, "--out", input + ".segment.csv", "--no-progress", "--timings"]));
            results.Add(Measure("duckdb", self.EndsWith("dotnet", StringComparison.Ordinal) ? "dotnet" : self, self.EndsWith("dotnet", StringComparison.Ordinal) ? [selfDll, "duckdb", input, input + ".duckdb.csv"] : ["duckdb", input, input + ".duckdb.csv"]));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rows: {rows:N0}, cores: {Environment.ProcessorCount}"));
        Console.WriteLine(File.Exists(TimeTool) ? "peak: maximum resident set size (/usr/bin/time)" : "peak: as each tool reports it");
        Console.WriteLine("| tool | round | wall s | rows/s | peak MiB |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Tool} | {(i / 2) + 1} | {r.Seconds:0.00} | {rows / r.Seconds:N0} | {r.PeakMiB:N0} |"));
        }

        var segment = results.Where(r => r.Tool == "segment").Select(r => r.Seconds).Order().ToArray();
        var duck = results.Where(r => r.Tool == "duckdb").Select(r => r.Seconds).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median wall: segment {segment[segment.Length / 2]:0.00} s, duckdb {duck[duck.Length / 2]:0.00} s, ratio segment/duckdb {segment[segment.Length / 2] / duck[duck.Length / 2]:0.00}"));
        Console.WriteLine("segment --timings of the last round:");
        Console.WriteLine(results.Last(r => r.Tool == "segment").Timings);
        return 0;
    }

    private static (string, double, double, string) Measure(string tool, string file, string[] arguments)
    {
        var timed = File.Exists(TimeTool);
        var start = new ProcessStartInfo(timed ? TimeTool : file) { RedirectStandardError = true, RedirectStandardOutput = true };
        if (timed)
        {
            start.ArgumentList.Add("-f");
            start.ArgumentList.Add("maxrss-kb %M");
            start.ArgumentList.Add(file);
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        stopwatch.Stop();
        _ = stdout.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {stderr}");
        }

        var rss = RssRegex().Match(stderr);
        var peak = PeakRegex().Match(stderr);
        var mib = rss.Success ? double.Parse(rss.Groups[1].Value, CultureInfo.InvariantCulture) / 1024
            : peak.Success ? double.Parse(peak.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) : double.NaN;
        var timings = string.Join('\n', stderr.Split('\n').Where(l => l.StartsWith("timing", StringComparison.Ordinal)));
        return (tool, stopwatch.Elapsed.TotalSeconds, mib, timings);
    }

    private const string TimeTool = "/usr/bin/time";

    [GeneratedRegex(@"peak memory ([\d,]+) MiB")]
    private static partial Regex PeakRegex();

    [GeneratedRegex(@"maxrss-kb (\d+)")]
    private static partial Regex RssRegex();
}
