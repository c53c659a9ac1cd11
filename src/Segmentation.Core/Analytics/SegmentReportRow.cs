namespace Segmentation.Analytics;

/// <summary>One segment's line of a <see cref="SegmentReport"/>.</summary>
/// <param name="Rank">The position in the report, 1 for the segment with the largest revenue share.</param>
/// <param name="SegmentIndex">The segment's index in the segment set.</param>
/// <param name="Name">The segment's name.</param>
/// <param name="Customers">The customers in the segment.</param>
/// <param name="CustomerShare">Customers in the segment divided by customers in the population, from 0 to 1; 0 for an empty population.</param>
/// <param name="Orders">The orders of the segment's customers.</param>
/// <param name="Revenue">The revenue of the segment's customers.</param>
/// <param name="RevenueShare">The segment's revenue divided by the population's revenue; 0 when the population's revenue is zero. Negative revenues (returns) can push it below 0 or above 1.</param>
/// <param name="AverageOrderValue">Revenue divided by orders; <see langword="null"/> when the segment has no orders.</param>
/// <param name="AverageRecencyDays">The mean recency over the segment's customers who have one; <see langword="null"/> when none has.</param>
public readonly record struct SegmentReportRow(
    int Rank,
    int SegmentIndex,
    string Name,
    long Customers,
    double CustomerShare,
    long Orders,
    decimal Revenue,
    double RevenueShare,
    decimal? AverageOrderValue,
    double? AverageRecencyDays)
{
    /// <summary>Gets a value indicating whether the row is suppressed (a small segment, or one hidden so that a small one cannot be recovered from the total).</summary>
    /// <value>When <see langword="true"/> every figure of the row is zero or <see langword="null"/> and means nothing: show the row as suppressed, e.g. with <see cref="Privacy.SmallCellSuppression.Marker"/>.</value>
    public bool IsSuppressed { get; init; }
}
