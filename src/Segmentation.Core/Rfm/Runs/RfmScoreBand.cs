namespace Segmentation.Rfm;

/// <summary>The customers at one score of one dimension and the values they hold.</summary>
/// <param name="Score">The score, 1 to the number of bins.</param>
/// <param name="Customers">The customers with that score; 0 for an empty score (see <see cref="RfmRun.Notes"/>).</param>
/// <param name="Lowest">The lowest value among them (days, orders or money), or <see langword="null"/> when the score is empty or small-cell suppression is on (an extreme is one customer's value).</param>
/// <param name="Highest">The highest value among them, or <see langword="null"/> when the score is empty or small-cell suppression is on.</param>
/// <param name="MedianMonetary">The median monetary value among them, or <see langword="null"/> when the score is empty.</param>
public sealed record RfmScoreBand(int Score, long Customers, decimal? Lowest, decimal? Highest, decimal? MedianMonetary)
{
    /// <summary>Gets a value indicating whether the band is suppressed (a small group, or one hidden so that a small one cannot be recovered).</summary>
    /// <value>When <see langword="true"/> the band's figures are zero or <see langword="null"/> and mean nothing.</value>
    public bool IsSuppressed { get; init; }
}
