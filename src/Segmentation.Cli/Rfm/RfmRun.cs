using Segmentation.Rfm;

namespace Segmentation.Cli.Rfm;

/// <summary>One scored snapshot: per-customer columns in ordinal customer_id order plus each customer's segment.</summary>
internal sealed class RfmRun
{
    public required string[] CustomerIds { get; init; }

    public required int[] RecencyDays { get; init; }

    public required int[] Frequency { get; init; }

    public required double[] Monetary { get; init; }

    public required RfmScoreResult Scores { get; init; }

    public required int[] Segments { get; init; }

    public required DateOnly AsOf { get; init; }

    public required long Transactions { get; init; }

    public IReadOnlyList<string> SegmentNames { get; } = DefaultRfmSegmentMap.Names;

    public int Count => CustomerIds.Length;
}
