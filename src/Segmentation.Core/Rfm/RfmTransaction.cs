namespace Segmentation.Rfm;

/// <summary>One purchase line: who bought, when, for how much, and (optionally) in which order.</summary>
/// <param name="CustomerId">The customer's id; compared ordinally.</param>
/// <param name="Timestamp">
/// When the purchase happened. Only the calendar date (<see cref="DateTime.Date"/>) counts; the
/// <see cref="DateTime.Kind"/> is ignored, so convert to the business's time zone first.
/// </param>
/// <param name="Amount">The amount; money, summed exactly; negative amounts (returns) are kept and reduce the monetary value.</param>
/// <param name="OrderId">
/// The order the line belongs to, or <see langword="null"/> when each line is its own order.
/// Lines of one customer with the same order id count as one order.
/// </param>
public readonly record struct RfmTransaction(string CustomerId, DateTime Timestamp, decimal Amount, string? OrderId = null);
