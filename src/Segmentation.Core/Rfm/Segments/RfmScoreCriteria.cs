using Segmentation.Definitions;

namespace Segmentation.Rfm.Segments;

/// <summary>Small builders of criteria over the score fields of <see cref="RfmProfile"/>.</summary>
internal static class RfmScoreCriteria
{
    internal const string R = "r";
    internal const string F = "f";
    internal const string M = "m";
    internal const string FM = "frequencyMonetaryScore";

    /// <summary>The fields of <see cref="RfmProfile"/> that are the same for every customer of a score cell.</summary>
    internal static readonly HashSet<string> ScoreFields = new(StringComparer.Ordinal) { R, F, M, "rfmCode", FM };

    /// <summary>Gets the first field <paramref name="criterion"/> reads that is not a score field, or <see langword="null"/>.</summary>
    internal static string? FirstNonScoreField(Criterion criterion) => FieldNames.Of(criterion).FirstOrDefault(name => !ScoreFields.Contains(name));

    /// <summary>The profile that stands for every customer of the cell (r, f, m) when a map over score fields is evaluated.</summary>
    internal static RfmProfile CellProfile(int r, int f, int m) => new(0, null, 0, 0, 0, r, f, m, (100 * r) + (10 * f) + m);

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
