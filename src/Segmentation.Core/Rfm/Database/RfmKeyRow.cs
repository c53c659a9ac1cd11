namespace Segmentation.Rfm;

/// <summary>
/// The grouped row with the customer key as the column's own integer type: the projection the
/// data-reader path sends, so the id arrives as a number and no text is made per customer.
/// </summary>
/// <typeparam name="TKey">The integer key type (<see cref="int"/> or <see cref="long"/>).</typeparam>
/// <remarks>Only translated to SQL; its rows are read by <see cref="GroupedRowReader"/>, never materialized.</remarks>
internal sealed class RfmKeyRow<TKey>
{
    public TKey CustomerId { get; init; } = default!;

    public DateTime LastOrderedAt { get; init; }

    public int Orders { get; init; }

    public int Lines { get; init; }

    public decimal Monetary { get; init; }
}
