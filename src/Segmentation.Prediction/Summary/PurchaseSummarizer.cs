using Segmentation.Rfm;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Prediction.Summary;

/// <summary>Groups lines by customer and day, then counts repeat days in calibration and holdout.</summary>
internal static class PurchaseSummarizer
{
    public static PurchaseSummary Summarize(IEnumerable<RfmTransaction> transactions, SummaryOptions options)
    {
        var daysPerUnit = TimeUnits.DaysPer(options.TimeUnit, nameof(SummaryOptions.TimeUnit));
        var calibrationEnd = options.CalibrationEnd.DayNumber;
        var lastDay = calibrationEnd;
        if (options.HoldoutEnd is { } holdoutEnd)
        {
            if (holdoutEnd <= options.CalibrationEnd)
            {
                throw new SegmentationException(
                    $"The holdout end {holdoutEnd:yyyy-MM-dd} is not after the calibration end {options.CalibrationEnd:yyyy-MM-dd}; give a later holdout end or none.",
                    nameof(SummaryOptions.HoldoutEnd));
            }

            lastDay = holdoutEnd.DayNumber;
        }

        // Per customer, per day: the exact sum of that day's amounts.
        var byCustomer = new Dictionary<string, SortedDictionary<int, decimal>>(StringComparer.Ordinal);
        long row = 0;
        foreach (var line in transactions)
        {
            row++;
            if (string.IsNullOrEmpty(line.CustomerId))
            {
                throw new SegmentationException($"Transaction {row} has no customer id; give every line the id of the customer who bought.", $"transactions[{row - 1}].CustomerId");
            }

            var day = DateOnly.FromDateTime(line.Timestamp).DayNumber;
            if (day > lastDay)
            {
                continue;
            }

            if (!byCustomer.TryGetValue(line.CustomerId, out var days))
            {
                days = [];
                byCustomer.Add(line.CustomerId, days);
            }

            days.TryGetValue(day, out var sum);
            if (!ExactMoney.TryAdd(ref sum, line.Amount))
            {
                throw new SegmentationException(
                    $"The amounts of customer '{line.CustomerId}' on {DateOnly.FromDayNumber(day):yyyy-MM-dd} cannot be summed exactly (transaction {row}); check the amount's scale and size.",
                    $"transactions[{row - 1}].Amount");
            }

            days[day] = sum;
        }

        var customers = new List<CustomerSummary>(byCustomer.Count);
        foreach (var (id, days) in byCustomer.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (Summarize(id, days, calibrationEnd, daysPerUnit) is { } summary)
            {
                customers.Add(summary);
            }
        }

        var holdoutLength = options.HoldoutEnd is { } end ? (end.DayNumber - calibrationEnd) / daysPerUnit : 0d;
        return new PurchaseSummary(customers, options, holdoutLength);
    }

    private static CustomerSummary? Summarize(string id, SortedDictionary<int, decimal> days, int calibrationEnd, double daysPerUnit)
    {
        int first = -1, last = -1, repeat = 0, holdout = 0;
        decimal repeatSpend = 0m;
        foreach (var (day, amount) in days)
        {
            if (day > calibrationEnd)
            {
                holdout++;
                continue;
            }

            if (first < 0)
            {
                first = day;
            }
            else
            {
                repeat++;
                if (!ExactMoney.TryAdd(ref repeatSpend, amount))
                {
                    throw new SegmentationException(
                        $"The repeat spend of customer '{id}' cannot be summed exactly; check the amounts' scale and size.", id);
                }
            }

            last = day;
        }

        if (first < 0)
        {
            return null;  // first purchase after the calibration end: not a calibration customer
        }

        return new CustomerSummary(
            id,
            repeat,
            (last - first) / daysPerUnit,
            (calibrationEnd - first) / daysPerUnit,
            repeat > 0 ? repeatSpend / repeat : null,
            holdout);
    }
}
