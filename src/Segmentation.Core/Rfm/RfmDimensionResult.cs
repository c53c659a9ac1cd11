namespace Segmentation.Rfm;

/// <summary>How one dimension (recency, frequency or monetary) was scored.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class RfmDimensionResult
{
    private readonly double[] _cutPoints;
    private readonly long[] _counts;

    internal RfmDimensionResult(double[] cutPoints, long[] counts)
    {
        _cutPoints = cutPoints;
        _counts = counts;
    }

    /// <summary>Gets the <c>Bins - 1</c> cut points, ascending in value.</summary>
    /// <value>
    /// Quantile: the k/n quantiles. Thresholds: the given values. Ntile: the value of the first
    /// customer of groups 2..n (recency: descending). <see cref="double.NaN"/> where undefined
    /// (no customers, or an ntile group with no customer).
    /// </value>
    public IReadOnlyList<double> CutPoints => _cutPoints;

    /// <summary>Gets the number of customers at each score; element s - 1 counts score s.</summary>
    /// <value><c>Bins</c> counts that add up to the number of customers.</value>
    public IReadOnlyList<long> Counts => _counts;
}
