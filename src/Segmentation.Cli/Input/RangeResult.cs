namespace Segmentation.Cli.Input;

/// <summary>What parsing one line-aligned range of the file produced: its valid rows grouped by partition, and its bad lines.</summary>
internal sealed class RangeResult
{
    /// <summary>Gets or sets the valid rows, partition by partition, in file order within each.</summary>
    public ParsedRow[] Rows { get; set; } = [];

    /// <summary>Gets or sets where each partition starts in <see cref="Rows"/> (one more entry than partitions).</summary>
    public int[] PartitionStarts { get; set; } = [];

    /// <summary>Gets or sets the lines the range consumed (complete unless it stopped at an error).</summary>
    public long Lines { get; set; }

    public int LatestDay { get; set; } = int.MinValue;

    public long InvalidCount { get; set; }

    /// <summary>Gets the first bad lines: range-local 1-based line and reason.</summary>
    public List<(long Line, string Reason)> Examples { get; } = [];

    /// <summary>Gets or sets a value indicating whether the range found something only the general reader handles (a lone '\r').</summary>
    public bool NeedsGeneralReader { get; set; }

    public int RowsIn(int partition) => PartitionStarts[partition + 1] - PartitionStarts[partition];
}
