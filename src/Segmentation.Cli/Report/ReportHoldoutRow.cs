namespace Segmentation.Cli.Report;

/// <summary>One calibration frequency of the holdout figure: its customers and their mean purchases in the holdout, actual and predicted.</summary>
internal sealed record ReportHoldoutRow(string Frequency, long? Customers, double? Actual, double? Predicted);
