namespace Segmentation.Cli.Report;

/// <summary>One segment of the report: the table row, its meaning and suggested action from the segment map, and its medians; a suppressed segment has no figures.</summary>
internal sealed record ReportSegment(
    string Name,
    string? Description,
    string? Action,
    bool Suppressed,
    long? Customers,
    double? CustomerShare,
    decimal? Revenue,
    double? RevenueShare,
    decimal? AverageOrderValue,
    double? AverageRecencyDays,
    double? MedianRecencyDays,
    double? MedianOrders,
    decimal? MedianMonetary);
