namespace Segmentation.Rfm;

/// <summary>How RFM scores are assigned from the per-customer values.</summary>
public enum RfmMethod
{
    /// <summary>
    /// Cut points are the k/n quantiles of each dimension (R type 7); a value's score counts the
    /// cut points it exceeds. Equal values always share a score, so heavy ties leave scores unused.
    /// </summary>
    Quantile = 0,

    /// <summary>
    /// SQL <c>NTILE(n)</c>: customers ordered by value (recency: most days first), ties broken by
    /// input position; group k gets score k and the first <c>N mod n</c> groups are one larger.
    /// </summary>
    Ntile = 1,

    /// <summary>Cut points given by the caller per dimension, scored like <see cref="Quantile"/>.</summary>
    Thresholds = 2,
}
