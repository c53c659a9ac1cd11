using Segmentation.Definitions;

namespace Segmentation.Rfm.Segments;

/// <summary>Small builders of criteria over the score fields of <see cref="RfmProfile"/>.</summary>
internal static class RfmScoreCriteria
{
    internal const string R = "r";
    internal const string F = "f";
    internal const string M = "m";
    internal const string FM = "frequencyMonetaryScore";

    internal static Criterion Range(string field, int low, int high) => low == high
        ? new ComparisonCriterion(field, ComparisonOperator.Equal, SegmentValue.FromNumber(low))
        : new BetweenCriterion(field, SegmentValue.FromNumber(low), SegmentValue.FromNumber(high));

    /// <summary>Any of the given cells, each written as two digits "RX" (X the second axis score).</summary>
    internal static Criterion Cells(string secondAxis, params int[] cells) => cells.Length == 1
        ? Cell(secondAxis, cells[0])
        : new AnyCriterion(cells.Select(cell => Cell(secondAxis, cell)));

    private static AllCriterion Cell(string secondAxis, int cell) =>
        new(Range(R, cell / 10, cell / 10), Range(secondAxis, cell % 10, cell % 10));
}
