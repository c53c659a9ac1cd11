using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Segmentation.Cli.Tests.Report;

/// <summary>
/// Opens the report in headless Chromium and checks that every chart was drawn. CI sets
/// SEGMENT_REQUIRE_CHROMIUM=1, which turns a missing browser into a failure instead of a skip.
/// </summary>
public sealed partial class ReportBrowserTests
{
    [Fact]
    public async Task Report_InHeadlessChromium_RendersEveryChart()
    {
        var chromium = FindChromium();
        if (chromium is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("SEGMENT_REQUIRE_CHROMIUM") == "1", "SEGMENT_REQUIRE_CHROMIUM=1 but no chromium on PATH; install the Debian package 'chromium'.");
            Assert.Skip("chromium is not on PATH (apt-get install chromium); CI sets SEGMENT_REQUIRE_CHROMIUM=1 to make this a failure.");
        }

        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount\n" + string.Concat(Enumerable.Range(0, 400).Select(i => $"c{i % 97},2024-{1 + (i % 12):D2}-{1 + (i % 28):D2},{(i * 7.3 % 190) + 1:0.##}\n")));
        var run = await CliRun.RunAsync(dir.Path, "report", "tx.csv", "--previous-as-of", "2024-07-01", "-o", "report.html");
        Assert.Equal(0, run.ExitCode);
        var url = new Uri(dir.File("report.html")).AbsoluteUri;

        var dom = await RunChromiumAsync(chromium, dir, "--dump-dom", url);
        var expected = int.Parse(ExpectedRegex().Match(dom).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var charts = ChartRegex().Matches(dom).Select(m => m.Value).ToArray();
        Assert.Equal(4, expected);
        Assert.Equal(expected, charts.Length);
        Assert.All(charts, c => Assert.Contains("data-rendered=\"true\"", c, StringComparison.Ordinal));

        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        var png = Path.Combine(screenshots, "segment-report.png");
        File.Delete(png);
        await RunChromiumAsync(chromium, dir, $"--screenshot={png}", "--window-size=1280,2000", url);
        Assert.True(new FileInfo(png).Length > 10_000, "the screenshot is missing or blank");
    }

    private static async Task<string> RunChromiumAsync(string chromium, TempDirectory dir, params string[] args)
    {
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir.Path };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars", $"--user-data-dir={dir.File("chromium-profile")}", "--virtual-time-budget=5000" })
        {
            start.ArgumentList.Add(a);
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {await stderr}");
        return await stdout;
    }

    private static string? FindChromium()
    {
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    [GeneratedRegex("data-charts-expected=\"(\\d+)\"")]
    private static partial Regex ExpectedRegex();

    [GeneratedRegex("<canvas[^>]*data-chart=\"[^\"]+\"[^>]*>")]
    private static partial Regex ChartRegex();
}
