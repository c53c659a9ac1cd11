namespace Segmentation.Analytics;

/// <summary>
/// An in-memory migration: the <see cref="Summary"/> plus each customer's segments in both runs,
/// so that one customer's move can be looked up (and explained).
/// </summary>
/// <typeparam name="TKey">The customer id.</typeparam>
public sealed class SegmentMigrationResult<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, CustomerMigration<TKey>> _customers;

    internal SegmentMigrationResult(SegmentMigrationSummary summary, Dictionary<TKey, CustomerMigration<TKey>> customers)
    {
        Summary = summary;
        _customers = customers;
    }

    /// <summary>Gets the matrix and the per-segment flows.</summary>
    /// <value>The same summary the streaming path computes.</value>
    public SegmentMigrationSummary Summary { get; }

    /// <summary>Gets every customer of either run with their segments in both.</summary>
    /// <value>In no particular order.</value>
    public IReadOnlyCollection<CustomerMigration<TKey>> Customers => _customers.Values;

    /// <summary>Looks up one customer's segments in both runs.</summary>
    /// <param name="customerId">The customer's id.</param>
    /// <param name="migration">The customer's segments before and after, when found.</param>
    /// <returns><see langword="true"/> when either run has the customer.</returns>
    public bool TryGetCustomer(TKey customerId, out CustomerMigration<TKey> migration) =>
        _customers.TryGetValue(customerId, out migration);

    /// <summary>Gets one customer's segments in both runs.</summary>
    /// <param name="customerId">The customer's id.</param>
    /// <returns>The customer's segments before and after.</returns>
    /// <exception cref="SegmentationException">Neither run has the customer.</exception>
    public CustomerMigration<TKey> GetCustomer(TKey customerId) =>
        _customers.TryGetValue(customerId, out var migration)
            ? migration
            : throw new SegmentationException($"Neither run has customer '{SegmentNames.FormatId(customerId)}'.", SegmentNames.FormatId(customerId));
}
