namespace Segmentation.Rfm;

/// <summary>How <see cref="RfmScorer"/> scores customers.</summary>
/// <remarks>Immutable once built with an object initializer; safe to share between threads.</remarks>
public sealed record RfmScoringOptions
{
    /// <summary>Gets the number of score bins per dimension, from 2 to 10.</summary>
    /// <value>The default value is 5.</value>
    public int Bins { get; init; } = RfmConstants.DefaultBins;

    /// <summary>Gets the scoring method.</summary>
    /// <value>The default value is <see cref="RfmMethod.Quantile"/>.</value>
    public RfmMethod Method { get; init; } = RfmConstants.DefaultMethod;

    /// <summary>Gets which monetary value is scored when scoring <see cref="RfmAggregates"/>.</summary>
    /// <value>The default value is <see cref="RfmMonetaryMode.Sum"/>.</value>
    public RfmMonetaryMode MonetaryMode { get; init; } = RfmConstants.DefaultMonetaryMode;

    /// <summary>Gets the recency cut points (in days, ascending, <c>Bins - 1</c> of them) for <see cref="RfmMethod.Thresholds"/>.</summary>
    /// <value>The default value is <see langword="null"/>; required by the thresholds method, ignored otherwise.</value>
    public IReadOnlyList<double>? RecencyThresholds { get; init; }

    /// <summary>Gets the frequency cut points (ascending, <c>Bins - 1</c> of them) for <see cref="RfmMethod.Thresholds"/>.</summary>
    /// <value>The default value is <see langword="null"/>; required by the thresholds method, ignored otherwise.</value>
    public IReadOnlyList<double>? FrequencyThresholds { get; init; }

    /// <summary>Gets the monetary cut points (ascending, <c>Bins - 1</c> of them) for <see cref="RfmMethod.Thresholds"/>.</summary>
    /// <value>The default value is <see langword="null"/>; required by the thresholds method, ignored otherwise.</value>
    public IReadOnlyList<double>? MonetaryThresholds { get; init; }

    /// <summary>Gets the most threads scoring may use; inputs below 131,072 customers always use one.</summary>
    /// <value>The default value is -1: one thread per processor (zero and other negative values mean the same).</value>
    public int MaxDegreeOfParallelism { get; init; } = RfmConstants.DefaultMaxDegreeOfParallelism;
}
