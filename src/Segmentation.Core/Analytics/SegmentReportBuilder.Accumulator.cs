namespace Segmentation.Analytics;

public sealed partial class SegmentReportBuilder
{
    /// <summary>The running totals of one segment (or of the population).</summary>
    internal struct Accumulator
    {
        public long Customers;
        public long Orders;
        public decimal Revenue;
        public long CustomersWithRecency;
        public double RecencyDaysSum;

        public void Add(CustomerMetrics metrics)
        {
            Customers++;
            Orders += metrics.Orders;
            Revenue += metrics.Revenue;
            if (metrics.RecencyDays is { } days)
            {
                CustomersWithRecency++;
                RecencyDaysSum += days;
            }
        }
    }
}
