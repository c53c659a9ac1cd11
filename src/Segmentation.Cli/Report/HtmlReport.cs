using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Segmentation.Cli.Report;

/// <summary>
/// Renders the report as one self-contained HTML file: the page, its data as JSON and the
/// charting libraries inlined, so it opens offline and makes no network request.
/// </summary>
internal static class HtmlReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Write(Stream stream, ReportModel model)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
        writer.Write(Render(model));
    }

    public static string Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);

        // The default encoder escapes <, > and &, so the JSON cannot close its script element.
        var json = JsonSerializer.Serialize(model, Json);
        var sections = string.Concat(ReportSections.Default.Select(name => Asset("Sections." + name + ".html")));
        return Asset("report.html")
            .Replace("<!--@SECTIONS@-->", sections, StringComparison.Ordinal)
            .Replace("/*@TITLE@*/", System.Net.WebUtility.HtmlEncode(model.Source), StringComparison.Ordinal)
            .Replace("/*@REPORTJS@*/", Asset("report.js"), StringComparison.Ordinal)
            .Replace("/*@DATA@*/", json, StringComparison.Ordinal)
            .Replace("/*@CHARTJS@*/", Library("chart.umd.min.js"), StringComparison.Ordinal)
            .Replace("/*@MATRIX@*/", Library("chartjs-chart-matrix.min.js"), StringComparison.Ordinal);
    }

    // Source maps are not shipped; dropping the comment keeps the page from naming a missing file.
    private static string Library(string name)
    {
        var text = Asset(name);
        var map = text.LastIndexOf("//# sourceMappingURL=", StringComparison.Ordinal);
        return map < 0 ? text : text[..map];
    }

    private static string Asset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Segmentation.Cli.Report.Assets." + name)
            ?? throw new InvalidOperationException($"The embedded report asset '{name}' is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
