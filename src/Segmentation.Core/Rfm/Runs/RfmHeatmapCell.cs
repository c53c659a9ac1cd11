namespace Segmentation.Rfm;

/// <summary>One cell of a run's recency-by-frequency grid.</summary>
/// <param name="Recency">The R score, 1 to the number of bins.</param>
/// <param name="Frequency">The F score, 1 to the number of bins.</param>
/// <param name="Customers">The customers with both scores; 0 for an empty or a suppressed cell.</param>
/// <param name="MeanMonetary">Their mean monetary sum, exact; <see langword="null"/> for an empty or a suppressed cell.</param>
public sealed record RfmHeatmapCell(int Recency, int Frequency, long Customers, decimal? MeanMonetary)
{
    /// <summary>Gets a value indicating whether the cell is suppressed (see <see cref="RfmRun.Suppression"/>).</summary>
    /// <value>When <see langword="true"/> the cell's figures mean nothing; show it as suppressed, not as empty.</value>
    public bool IsSuppressed { get; init; }
}
