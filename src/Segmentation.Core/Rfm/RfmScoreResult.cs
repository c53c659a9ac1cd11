namespace Segmentation.Rfm;

/// <summary>
/// The scores of every customer with what produced them: the cut points and the number of
/// customers at each score, per dimension.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class RfmScoreResult
{
    private readonly RfmScoreColumns _columns;

    internal RfmScoreResult(RfmScoreColumns columns, RfmScoringOptions options, RfmDimensionResult recency, RfmDimensionResult frequency, RfmDimensionResult monetary)
    {
        _columns = columns;
        Bins = options.Bins;
        Method = options.Method;
        Recency = recency;
        Frequency = frequency;
        Monetary = monetary;
        Profiles = new RfmProfileList(columns);
    }

    /// <summary>Gets the number of customers scored.</summary>
    /// <value>The length of every score column.</value>
    public int Count => _columns.R.Length;

    /// <summary>Gets the number of bins each dimension was scored into.</summary>
    /// <value>From 2 to 10.</value>
    public int Bins { get; }

    /// <summary>Gets the method the scores were assigned with.</summary>
    /// <value>The method from the options.</value>
    public RfmMethod Method { get; }

    /// <summary>Gets the recency scores, 1..<see cref="Bins"/>, higher for fewer days.</summary>
    /// <value>One score per customer.</value>
    public ReadOnlyMemory<byte> RecencyScores => _columns.R;

    /// <summary>Gets the frequency scores, 1..<see cref="Bins"/>.</summary>
    /// <value>One score per customer.</value>
    public ReadOnlyMemory<byte> FrequencyScores => _columns.F;

    /// <summary>Gets the monetary scores, 1..<see cref="Bins"/>.</summary>
    /// <value>One score per customer.</value>
    public ReadOnlyMemory<byte> MonetaryScores => _columns.M;

    /// <summary>Gets the combined codes <c>100 R + 10 F + M</c> (e.g. 545).</summary>
    /// <value>One code per customer, computed on first access (one vectorized pass on both cores) and kept.</value>
    public ReadOnlyMemory<short> RfmCodes => _columns.Codes;

    /// <summary>Gets the recency cut points and score counts.</summary>
    /// <value>The recency dimension.</value>
    public RfmDimensionResult Recency { get; }

    /// <summary>Gets the frequency cut points and score counts.</summary>
    /// <value>The frequency dimension.</value>
    public RfmDimensionResult Frequency { get; }

    /// <summary>Gets the monetary cut points and score counts.</summary>
    /// <value>The monetary dimension.</value>
    public RfmDimensionResult Monetary { get; }

    /// <summary>Gets one <see cref="RfmProfile"/> per customer, built on access (nothing is copied up front).</summary>
    /// <value>A read-only list in customer order.</value>
    public IReadOnlyList<RfmProfile> Profiles { get; }
}
