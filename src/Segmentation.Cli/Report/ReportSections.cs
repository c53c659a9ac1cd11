namespace Segmentation.Cli.Report;

/// <summary>
/// The report's sections in page order. Each is one partial, Report/Assets/Sections/&lt;name&gt;.html:
/// its markup and a script that registers its renderer with <c>Report.section</c> and reads its
/// part of the page's JSON (<see cref="ReportModel"/>). A new section is a new partial, a name
/// here and, if it needs data, a property of the model.
/// </summary>
internal static class ReportSections
{
    public static readonly IReadOnlyList<string> Default =
    [
        "facts",
        "privacy",
        "notes",
        "segments",
        "segment-chart",
        "heatmap",
        "scores",
        "orders",
        "recency-monetary",
        "lorenz",
        "migration",
        "customer-types",
        "prediction",
        "segment-table",
    ];
}
