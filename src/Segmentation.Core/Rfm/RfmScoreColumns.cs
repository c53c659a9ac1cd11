namespace Segmentation.Rfm;

/// <summary>The arrays behind an <see cref="RfmScoreResult"/>: inputs as scored, and outputs.</summary>
internal sealed record RfmScoreColumns(
    ReadOnlyMemory<int> RecencyDays,
    ReadOnlyMemory<int> Frequency,
    ReadOnlyMemory<double> Monetary,
    IReadOnlyList<string>? CustomerIds,
    byte[] R,
    byte[] F,
    byte[] M,
    short[] Codes);
