namespace Segmentation.Rfm;

/// <summary>One customer's orders grouped in the database: the row the RFM query returns per customer.</summary>
/// <remarks>A class with init-only properties, which LINQ providers materialize from the grouped query.</remarks>
public sealed class RfmCustomerRow
{
    /// <summary>Gets the customer's id.</summary>
    /// <value>The group key; <see langword="null"/> when order lines have no customer (an error when aggregated).</value>
    public string? CustomerId { get; init; }

    /// <summary>Gets the latest order time.</summary>
    /// <value>The maximum of <see cref="RfmOrderColumns{TOrder}.OrderedAt"/>; its date is the customer's last order date.</value>
    public DateTime LastOrderedAt { get; init; }

    /// <summary>Gets the number of distinct orders.</summary>
    /// <value>Distinct order ids plus lines without one; the number of lines when there is no order id.</value>
    public int Orders { get; init; }

    /// <summary>Gets the number of order lines.</summary>
    /// <value>At least 1.</value>
    public int Lines { get; init; }

    /// <summary>Gets the exact sum of the amounts.</summary>
    /// <value>Negative when returns outweigh purchases.</value>
    public decimal Monetary { get; init; }
}
