using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Aggregation;

/// <summary>
/// One customer's running RFM values: the one place where a transaction line changes them, used
/// by every aggregation (objects, spans, and the <c>segment</c> tool's partitioned reader).
/// </summary>
/// <remarks>
/// The rules: the exact sum of all amounts, returns included (<see cref="ExactMoney"/>); the
/// latest day; one more order for each line that starts an order the customer did not have
/// (deciding that is the caller's: order ids when given, else every line). The default value is
/// a customer with no lines (day numbers are never negative, so the latest day starts at 0).
/// </remarks>
internal struct CustomerTotals
{
    /// <summary>The exact sum of amounts.</summary>
    public decimal Sum;

    /// <summary>The day number (<see cref="DateOnly.DayNumber"/>) of the latest line.</summary>
    public int LastDay;

    /// <summary>The number of distinct orders.</summary>
    public int Frequency;

    /// <summary>Gets a value indicating whether any line was added.</summary>
    public readonly bool HasLines => Frequency > 0;

    /// <summary>Adds one line; returns <see cref="AddResult.Added"/> or why it could not be added (nothing changed then).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AddResult Add(int day, decimal amount, bool startsOrder)
    {
        if (startsOrder && Frequency == int.MaxValue)
        {
            return AddResult.TooManyOrders;
        }

        if (!ExactMoney.TryAdd(ref Sum, amount))
        {
            return AddResult.SumOutOfRange;
        }

        LastDay = Math.Max(LastDay, day);
        if (startsOrder)
        {
            Frequency++;
        }

        return AddResult.Added;
    }

    /// <summary>What <see cref="Add"/> did.</summary>
    internal enum AddResult
    {
        /// <summary>The line was added.</summary>
        Added,

        /// <summary>The sum would leave the exact range.</summary>
        SumOutOfRange,

        /// <summary>The customer already has <see cref="int.MaxValue"/> orders.</summary>
        TooManyOrders,
    }
}
