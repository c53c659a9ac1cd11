using System.Linq.Expressions;

namespace Segmentation.Rfm;

/// <summary>
/// Where an order table keeps what RFM needs, as expressions the LINQ provider translates: the
/// customer, when, how much and (optionally) which order a line belongs to. The database form of
/// <see cref="RfmTransaction"/>.
/// </summary>
/// <typeparam name="TOrder">The order (or order line) entity.</typeparam>
/// <param name="CustomerId">The customer's id; compared by the database (its collation) when grouping.</param>
/// <param name="OrderedAt">When the line was bought; only the calendar date counts, as for <see cref="RfmTransaction.Timestamp"/>.</param>
/// <param name="Amount">The amount, summed exactly in the database (<c>numeric</c> on PostgreSQL); returns are negative.</param>
/// <param name="OrderId">The order a line belongs to, or <see langword="null"/> when each line is its own order. Lines with a null order id count one order each, as in memory.</param>
public sealed record RfmOrderColumns<TOrder>(
    Expression<Func<TOrder, string>> CustomerId,
    Expression<Func<TOrder, DateTime>> OrderedAt,
    Expression<Func<TOrder, decimal>> Amount,
    Expression<Func<TOrder, string?>>? OrderId = null)
{
    /// <summary>Gets the customer's id.</summary>
    public Expression<Func<TOrder, string>> CustomerId { get; init; } = CustomerId ?? throw new ArgumentNullException(nameof(CustomerId));

    /// <summary>Gets when the line was bought.</summary>
    public Expression<Func<TOrder, DateTime>> OrderedAt { get; init; } = OrderedAt ?? throw new ArgumentNullException(nameof(OrderedAt));

    /// <summary>Gets the amount.</summary>
    public Expression<Func<TOrder, decimal>> Amount { get; init; } = Amount ?? throw new ArgumentNullException(nameof(Amount));
}
