using Segmentation.Definitions;
using Segmentation.Rfm;

namespace Segmentation.Prediction.Summary;

/// <summary>
/// Every customer's repeat purchases x, recency t_x and age T in one time unit, from transactions,
/// with the calibration end and the optional holdout period they were computed for: the input of
/// the prediction models.
/// </summary>
public sealed class PurchaseSummary
{
    internal PurchaseSummary(IReadOnlyList<CustomerSummary> customers, SummaryOptions options, double holdoutLength)
    {
        Customers = customers;
        CalibrationEnd = options.CalibrationEnd;
        TimeUnit = options.TimeUnit;
        HoldoutEnd = options.HoldoutEnd;
        HoldoutLength = holdoutLength;
    }

    /// <summary>Gets the customers whose first purchase falls in the calibration period, ordered ordinally by id.</summary>
    public IReadOnlyList<CustomerSummary> Customers { get; }

    /// <summary>Gets the last day of the calibration period.</summary>
    public DateOnly CalibrationEnd { get; }

    /// <summary>Gets the unit of recency, age and <see cref="HoldoutLength"/>.</summary>
    public TimeUnit TimeUnit { get; }

    /// <summary>Gets the last day of the holdout period, or <see langword="null"/> when there is none.</summary>
    public DateOnly? HoldoutEnd { get; }

    /// <summary>Gets the length of the holdout period in <see cref="TimeUnit"/> (0 without a holdout).</summary>
    public double HoldoutLength { get; }

    /// <summary>Summarises transactions per customer.</summary>
    /// <param name="transactions">The purchase lines; only their calendar date and amount count (the order id is ignored: a day is one purchase).</param>
    /// <param name="options">The calibration end, time unit and holdout.</param>
    /// <returns>The summary, customers ordered ordinally by id.</returns>
    /// <exception cref="SegmentationException">A line without a customer id, a holdout end before the calibration end, a time unit without fixed length, or a customer's spend that cannot be summed exactly.</exception>
    public static PurchaseSummary FromTransactions(IEnumerable<RfmTransaction> transactions, SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        ArgumentNullException.ThrowIfNull(options);
        return PurchaseSummarizer.Summarize(transactions, options);
    }
}
