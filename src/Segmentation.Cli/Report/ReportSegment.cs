namespace Segmentation.Cli.Report;

/// <summary>One row of the segment report table and the size/revenue chart.</summary>
internal sealed record ReportSegment(string Name, long Customers, double CustomerShare, double Revenue, double RevenueShare, double? AverageOrderValue, double? AverageRecencyDays);
