namespace Segmentation.Analytics;

/// <summary>
/// Revenue concentration (80/20) of a whole population. Exact, so it keeps every revenue:
/// memory grows with the number of customers (16 bytes each), unlike the segment report.
/// </summary>
/// <remarks>For concentration per segment, use <see cref="ConcentrationBuilder"/>.</remarks>
public static class Concentration
{
    /// <summary>Analyses the revenues of a population, one value per customer.</summary>
    /// <param name="revenues">Each customer's revenue; the span is copied, not changed.</param>
    /// <param name="options">What to report; <see langword="null"/> for the defaults.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="SegmentationException">The options are invalid, or a revenue is negative under <see cref="NegativeRevenueHandling.Reject"/>.</exception>
    public static ConcentrationResult Analyze(ReadOnlySpan<decimal> revenues, ConcentrationOptions? options = null)
    {
        options ??= ConcentrationOptions.Default;
        options.Validate();
        var buffer = new RevenueBuffer();
        for (var i = 0; i < revenues.Length; i++)
        {
            buffer.Add(revenues[i], options.NegativeRevenue, i, "the population");
        }

        return ConcentrationCalculator.Compute(buffer, options);
    }

    /// <summary>Analyses the revenues of a population streamed one value per customer.</summary>
    /// <param name="revenues">Each customer's revenue.</param>
    /// <param name="options">What to report; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="SegmentationException">The options are invalid, or a revenue is negative under <see cref="NegativeRevenueHandling.Reject"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ValueTask<ConcentrationResult> AnalyzeAsync(IAsyncEnumerable<decimal> revenues, ConcentrationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(revenues);
        options ??= ConcentrationOptions.Default;
        options.Validate();
        return AnalyzeCoreAsync(revenues, options, cancellationToken);
    }

    private static async ValueTask<ConcentrationResult> AnalyzeCoreAsync(IAsyncEnumerable<decimal> revenues, ConcentrationOptions options, CancellationToken cancellationToken)
    {
        var buffer = new RevenueBuffer();
        long i = 0;
        await foreach (var revenue in revenues.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // Sources need not observe the token themselves (the BCL's ToAsyncEnumerable does not).
            cancellationToken.ThrowIfCancellationRequested();
            buffer.Add(revenue, options.NegativeRevenue, i++, "the population");
        }

        return ConcentrationCalculator.Compute(buffer, options);
    }
}
