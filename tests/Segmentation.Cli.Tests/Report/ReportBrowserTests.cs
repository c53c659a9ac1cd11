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
    public async Task Report_InHeadlessChromium_EveryChartDrawnWithLegendAlternativeAndDataTable()
    {
        var chromium = RequireChromium();
        using var dir = new TempDirectory();
        var url = await WriteReportAsync(dir, false, "--min-group-size", "0");

        var dom = await RunChromiumAsync(chromium, dir, "--dump-dom", "--window-size=1280,2000", url);

        var expected = AssertEveryFigureComplete(dom);
        Assert.Equal(9, expected); // 8 charts and the migration matrix

        // The heatmap's colour legend has its unit, and empty cells are drawn as empty, not as 0.
        Assert.Contains("mean monetary value per customer", dom, StringComparison.Ordinal);
        Assert.Contains("empty: no customers", dom, StringComparison.Ordinal);

        // Suppression off: the page says so, and that suppression is not anonymisation.
        Assert.Contains("Small-cell suppression is OFF", dom, StringComparison.Ordinal);
        Assert.Contains("not anonymisation", dom, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_DefaultSuppression_DrawsEveryChartButTheSingleCustomerScatterAndMarksHiddenCells()
    {
        var chromium = RequireChromium();
        using var dir = new TempDirectory();
        var url = await WriteReportAsync(dir);

        var dom = await RunChromiumAsync(chromium, dir, "--dump-dom", "--window-size=1280,2000", url);

        var expected = int.Parse(ExpectedRegex().Match(dom).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var charts = ChartRegex().Matches(dom).Select(m => m.Value).ToArray();
        Assert.Equal(8, expected); // the scatter of single customers is left out
        Assert.Equal(expected, charts.Length);
        Assert.All(charts, c => Assert.Contains("data-rendered=\"true\"", c, StringComparison.Ordinal));
        Assert.Contains("Groups of fewer than 5 customers are suppressed", dom, StringComparison.Ordinal);
        Assert.Contains("not anonymisation", dom, StringComparison.Ordinal);
        Assert.Contains("Single customers are not plotted", dom, StringComparison.Ordinal);
        Assert.Contains("&lt;5", dom, StringComparison.Ordinal); // the data has small groups, shown as <5
    }

    [Fact]
    public async Task Report_WithActivityFiles_DrawsTheCustomerTypeSection()
    {
        var chromium = RequireChromium();
        using var dir = new TempDirectory();
        var url = await WriteReportAsync(dir, withTypes: true, "--min-group-size", "0");

        var dom = await RunChromiumAsync(chromium, dir, "--dump-dom", "--window-size=1280,2000", url);

        Assert.Contains("data-charts-expected=\"10\"", dom, StringComparison.Ordinal);
        Assert.Contains("data-charts-rendered=\"10\"", dom, StringComparison.Ordinal);
        Assert.Contains("<section class=\"card wide\" id=\"section-customer-types\">", dom, StringComparison.Ordinal);
        var figure = FigureRegex().Matches(dom).Select(m => m.Value).Single(f => f.Contains("data-figure=\"customer-types\"", StringComparison.Ordinal));
        Assert.Matches("<canvas[^>]*role=\"img\"[^>]*aria-label=\"Bar chart of the customers of each of the 8 customer types[^\"]+\"", figure);
        Assert.Contains("customers of the type", figure, StringComparison.Ordinal);
        Assert.Equal(9, Regex.Count(figure, "<tr>")); // the header and the eight types
        Assert.Contains("An open ticket, or a complaint in the last 60 days.", dom, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_AtPhoneWidth_HasNoHorizontalScroll()
    {
        var chromium = RequireChromium();
        using var dir = new TempDirectory();
        await WriteReportAsync(dir, withTypes: true, "--min-group-size", "0");

        // Headless Chromium's window is at least 500 px wide, so the report is measured in a 390 px frame.
        dir.Write("phone.html", PhoneFrame);
        var dom = await RunChromiumAsync(chromium, dir, "--allow-file-access-from-files", "--dump-dom", "--window-size=500,900", new Uri(dir.File("phone.html")).AbsoluteUri);

        var body = BodyRegex().Match(dom).Value;
        Assert.Contains("data-view-width=\"390\"", body, StringComparison.Ordinal);
        var pageWidth = int.Parse(Regex.Match(body, "data-page-width=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(pageWidth <= 390, $"the page is {pageWidth} px wide in a 390 px window: {body}");
        Assert.Contains("data-too-wide=\"\"", body, StringComparison.Ordinal);
        Assert.Contains("data-charts-rendered=\"10\"", body, StringComparison.Ordinal); // with the customer types
    }

    [Fact]
    public async Task Report_Screenshots_DesktopAndPhone()
    {
        var chromium = RequireChromium();
        using var dir = new TempDirectory();
        var url = await WriteReportAsync(dir);
        dir.Write("phone.html", PhoneFrame);
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        var desktop = Path.Combine(screenshots, "segment-report.png");
        var phone = Path.Combine(screenshots, "segment-report-phone.png");
        File.Delete(desktop);
        File.Delete(phone);

        await RunChromiumAsync(chromium, dir, $"--screenshot={desktop}", "--window-size=1280,2000", url);
        await RunChromiumAsync(chromium, dir, "--allow-file-access-from-files", $"--screenshot={phone}", "--window-size=500,2000", new Uri(dir.File("phone.html")).AbsoluteUri);

        Assert.True(new FileInfo(desktop).Length > 10_000, "the desktop screenshot is missing or blank");
        Assert.True(new FileInfo(phone).Length > 10_000, "the phone screenshot is missing or blank");
    }

    [Fact]
    public async Task Report_WithPrediction_HoldoutChartDrawnWithLegendAlternativeAndDataTable()
    {
        var chromium = RequireChromium();
        using var dir = new TempDirectory();
        CdnowCsv.Write(dir);
        var run = await CliRun.RunAsync(dir.Path, "report", "cdnow.csv", "--predict", "--calibration-end", "1997-09-30", "--previous-as-of", "1998-01-01", "-o", "report.html", "--no-progress", "--min-group-size", "0");
        Assert.True(run.ExitCode == 0, run.Error);

        var dom = await RunChromiumAsync(chromium, dir, "--dump-dom", "--window-size=1280,2000", new Uri(dir.File("report.html")).AbsoluteUri);

        Assert.Equal(10, AssertEveryFigureComplete(dom)); // 8 charts, the migration matrix and the holdout figure
        Assert.Contains("<canvas data-chart-optional=\"holdout\" data-chart=\"holdout\"", dom, StringComparison.Ordinal);
        Assert.Contains("Predicted behaviour (BG/NBD)", dom, StringComparison.Ordinal);
        Assert.Contains("predicted by BG/NBD", dom, StringComparison.Ordinal);
    }

    // Every chart drawn, each figure with its text alternative, legend and data table; returns the number of charts.
    private static int AssertEveryFigureComplete(string dom)
    {
        var expected = int.Parse(ExpectedRegex().Match(dom).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var charts = ChartRegex().Matches(dom).Select(m => m.Value).ToArray();
        Assert.Equal(expected, charts.Length);
        Assert.All(charts, c => Assert.Contains("data-rendered=\"true\"", c, StringComparison.Ordinal));

        var figures = FigureRegex().Matches(dom).Select(m => m.Value).ToArray();
        Assert.Equal(expected, figures.Length);
        Assert.All(figures, figure =>
        {
            var name = FigureNameRegex().Match(figure).Groups[1].Value;
            // The text alternative: the canvas is an image labelled with it, and the caption shows it.
            Assert.Matches("<canvas[^>]*role=\"img\"[^>]*aria-label=\"[^\"]{40,}\"", figure);
            Assert.Matches("<figcaption>[^<]{40,}</figcaption>", figure);
            // The legend names what the colours mean.
            var legend = LegendRegex().Match(figure);
            Assert.True(legend.Success && TagRegex().Replace(legend.Groups[1].Value, string.Empty).Length > 10, $"{name}: no legend");
            // The data table behind the chart.
            Assert.True(Regex.Count(figure, "<tr>") >= 3, $"{name}: no data table");
        });
        return expected;
    }

    // A 390 px frame (a phone's CSS width) around the report; copies the report's layout figures to its own body.
    private const string PhoneFrame = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0}iframe{border:0;display:block}</style></head><body>
        <iframe id="r" src="report.html" width="390" height="2000"></iframe>
        <script>
        document.getElementById('r').addEventListener('load', () => {
          const inner = document.getElementById('r').contentDocument.body;
          for (const [k, v] of Object.entries(inner.dataset)) { document.body.dataset[k] = v; }
        });
        </script></body></html>
        """;

    private static string RequireChromium()
    {
        var chromium = FindChromium();
        if (chromium is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("SEGMENT_REQUIRE_CHROMIUM") == "1", "SEGMENT_REQUIRE_CHROMIUM=1 but no chromium on PATH; install the Debian package 'chromium'.");
            Assert.Skip("chromium is not on PATH (apt-get install chromium); CI sets SEGMENT_REQUIRE_CHROMIUM=1 to make this a failure.");
        }

        return chromium;
    }

    // 97 customers over 2024 with a migration from 2024-07-01: every section has data.
    private static async Task<string> WriteReportAsync(TempDirectory dir, bool withTypes = false, params string[] options)
    {
        dir.Write("tx.csv", "customer_id,order_date,amount\n" + string.Concat(Enumerable.Range(0, 400).Select(i => $"c{i % 97},2024-{1 + (i % 12):D2}-{1 + (i % 28):D2},{(i * 7.3 % 190) + 1:0.##}\n")));
        dir.Write("tickets.csv", "customer_id,date,complaint,open\n" + string.Concat(Enumerable.Range(0, 12).Select(i => $"c{i * 7},2024-12-{1 + i:D2},{i % 2 == 0},{i % 3 == 0}\n")));
        dir.Write("visits.csv", "customer_id,date\n" + string.Concat(Enumerable.Range(0, 30).Select(i => $"p{i},2024-11-{1 + i % 28:D2}\n")));
        string[] types = withTypes ? ["--tickets", "tickets.csv", "--visits", "visits.csv"] : [];
        var run = await CliRun.RunAsync(dir.Path, ["report", "tx.csv", "--previous-as-of", "2024-07-01", "-o", "report.html", .. types, .. options]);
        Assert.Equal(0, run.ExitCode);
        return new Uri(dir.File("report.html")).AbsoluteUri;
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

    [GeneratedRegex("<figure data-figure=\"[^\"]+\">.*?</figure>", RegexOptions.Singleline)]
    private static partial Regex FigureRegex();

    [GeneratedRegex("<figure data-figure=\"([^\"]+)\"")]
    private static partial Regex FigureNameRegex();

    [GeneratedRegex("<div class=\"legend\" data-legend=\"\">(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex LegendRegex();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagRegex();

    [GeneratedRegex("<body[^>]*>")]
    private static partial Regex BodyRegex();
}
