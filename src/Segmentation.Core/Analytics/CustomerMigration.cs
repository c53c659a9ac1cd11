using Segmentation.Evaluation;

namespace Segmentation.Analytics;

/// <summary>One customer's segments in an earlier and a later run.</summary>
/// <typeparam name="TKey">The customer id.</typeparam>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="InEarlierRun">Whether the earlier run had the customer.</param>
/// <param name="Earlier">The customer's segments in the earlier run; empty when absent from it.</param>
/// <param name="InLaterRun">Whether the later run has the customer.</param>
/// <param name="Later">The customer's segments in the later run; empty when absent from it.</param>
/// <remarks>
/// A customer absent from a run, or present in no segment, is in "(none)" for that run. This is the
/// record a caller attaches an explanation to (the evaluation traces of both runs for this customer).
/// </remarks>
public readonly record struct CustomerMigration<TKey>(TKey CustomerId, bool InEarlierRun, SegmentMembership Earlier, bool InLaterRun, SegmentMembership Later)
    where TKey : notnull
{
    /// <summary>Gets a value indicating whether the customer's segments differ between the runs.</summary>
    /// <value>Absence counts as no segment, so a customer who appears in no segment has not changed.</value>
    public bool Changed => Earlier != Later;
}
