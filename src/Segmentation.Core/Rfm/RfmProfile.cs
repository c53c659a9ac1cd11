namespace Segmentation.Rfm;

/// <summary>One customer's RFM values and scores, the shape named segments are defined over.</summary>
/// <param name="Index">The customer's position in the scored columns.</param>
/// <param name="CustomerId">The customer's id, or <see langword="null"/> when the columns were scored without ids.</param>
/// <param name="RecencyDays">Whole days from the last order date to the as-of date.</param>
/// <param name="Frequency">The number of distinct orders.</param>
/// <param name="Monetary">The monetary value that was scored (a sum or a mean order value).</param>
/// <param name="R">The recency score, 1..bins (higher is more recent).</param>
/// <param name="F">The frequency score, 1..bins.</param>
/// <param name="M">The monetary score, 1..bins.</param>
/// <param name="RfmCode">The combined code <c>100 R + 10 F + M</c>.</param>
public readonly record struct RfmProfile(
    int Index,
    [property: Catalog.FieldClassification(Catalog.FieldClassification.Identifier)] string? CustomerId,
    int RecencyDays,
    int Frequency,
    double Monetary,
    int R,
    int F,
    int M,
    int RfmCode)
{
    /// <summary>
    /// Gets the combined frequency-monetary score: the mean of <see cref="F"/> and <see cref="M"/>,
    /// rounded half up, the "FM" axis of the R x FM segment grid.
    /// </summary>
    public int FrequencyMonetaryScore => (F + M + 1) / 2;
}
