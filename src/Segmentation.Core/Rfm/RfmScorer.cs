namespace Segmentation.Rfm;

/// <summary>Scores customers by recency, frequency and monetary value.</summary>
/// <remarks>
/// Stateless and thread-safe. Scoring reads each column a few times (cut points by selection,
/// never a full sort), writes three byte columns and one code column, and uses every core for
/// inputs of 131,072 customers or more.
/// </remarks>
public static class RfmScorer
{
    /// <summary>Scores aggregated customers.</summary>
    /// <param name="aggregates">The per-customer values, e.g. from <see cref="RfmAggregator"/>.</param>
    /// <param name="options">How to score, e.g. <c>new RfmScoringOptions()</c> for 5 quantile bins of the monetary sum.</param>
    /// <returns>The scores, cut points and counts per score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregates"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationException">The options are invalid (see <see cref="RfmScoringOptions"/>).</exception>
    public static RfmScoreResult Score(RfmAggregates aggregates, RfmScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(aggregates);
        ArgumentNullException.ThrowIfNull(options);
        var monetary = options.MonetaryMode == RfmMonetaryMode.MeanOrderValue
            ? aggregates.MeanOrderValuesForScoring()
            : aggregates.MonetaryForScoring;
        return RfmScoringEngine.Score(aggregates.RecencyArray, aggregates.FrequencyArray, monetary, aggregates.CustomerIdList, options);
    }

    /// <summary>Scores customers given as columns; element i of each column is customer i.</summary>
    /// <param name="recencyDays">Days since each customer's last order.</param>
    /// <param name="frequency">Each customer's number of orders.</param>
    /// <param name="monetary">Each customer's monetary value, scored as given (<see cref="RfmScoringOptions.MonetaryMode"/> does not apply).</param>
    /// <param name="options">How to score.</param>
    /// <param name="customerIds">Ids carried into <see cref="RfmScoreResult.Profiles"/>, or <see langword="null"/>.</param>
    /// <returns>The scores, cut points and counts per score. The result keeps references to the columns.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationException">
    /// The columns differ in length, a monetary value is NaN or infinite, or the options are invalid.
    /// </exception>
    public static RfmScoreResult Score(
        ReadOnlyMemory<int> recencyDays,
        ReadOnlyMemory<int> frequency,
        ReadOnlyMemory<double> monetary,
        RfmScoringOptions options,
        IReadOnlyList<string>? customerIds)
    {
        ArgumentNullException.ThrowIfNull(options);
        return RfmScoringEngine.Score(recencyDays, frequency, monetary, customerIds, options);
    }
}
