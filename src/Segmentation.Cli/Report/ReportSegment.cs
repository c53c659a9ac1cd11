namespace Segmentation.Cli.Report;

/// <summary>One row of the segment report table and the size/revenue chart.</summary>
internal sealed record ReportSegment(string Name, long Customers, double CustomerShare, decimal Revenue, double RevenueShare, decimal? AverageOrderValue, double? AverageRecencyDays);
