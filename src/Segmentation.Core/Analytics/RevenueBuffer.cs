using System.Globalization;

namespace Segmentation.Analytics;

/// <summary>
/// The revenues of one population, kept because exact concentration needs them all sorted:
/// 16 bytes per customer. Applies the negative-revenue policy as values arrive.
/// </summary>
internal sealed class RevenueBuffer
{
    private decimal[] _values = new decimal[16];

    public int Count { get; private set; }

    public long ZeroRevenue { get; private set; }

    public long NegativeRevenue { get; private set; }

    public Span<decimal> Values => _values.AsSpan(0, Count);

    /// <param name="revenue">The customer's revenue.</param>
    /// <param name="policy">The negative-revenue policy.</param>
    /// <param name="customerNumber">The customer's 0-based position in the input, for the error message.</param>
    /// <param name="where">The population, for the error message.</param>
    public void Add(decimal revenue, NegativeRevenueHandling policy, long customerNumber, string where)
    {
        if (revenue < 0)
        {
            NegativeRevenue++;
            switch (policy)
            {
                case NegativeRevenueHandling.Exclude:
                    return;
                case NegativeRevenueHandling.TreatAsZero:
                    revenue = 0;
                    break;
                default:
                    ThrowNegative(revenue, customerNumber, where);
                    break;
            }
        }
        else if (revenue == 0)
        {
            ZeroRevenue++;
        }

        if (Count == _values.Length)
        {
            Array.Resize(ref _values, checked(_values.Length * 2));
        }

        _values[Count++] = revenue;
    }

    private static void ThrowNegative(decimal revenue, long customerNumber, string where) =>
        throw new SegmentationException(
            string.Create(CultureInfo.InvariantCulture, $"Customer #{customerNumber} (0-based, in {where}) has negative revenue {revenue}. A Lorenz curve and Gini coefficient need non-negative revenues: set ConcentrationOptions.NegativeRevenue to TreatAsZero or Exclude, or net the returns first."),
            string.Create(CultureInfo.InvariantCulture, $"customer #{customerNumber}"));
}
