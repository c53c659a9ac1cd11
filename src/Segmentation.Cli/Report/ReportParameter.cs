namespace Segmentation.Cli.Report;

/// <summary>One fitted parameter with its standard error.</summary>
internal sealed record ReportParameter(string Name, double Estimate, double StandardError);
