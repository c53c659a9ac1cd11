using Segmentation.Cli.Input;
using Segmentation.Rfm;

namespace Segmentation.Cli.Predict;

/// <summary>The read table as the library's transaction lines (the library summarises them).</summary>
internal static class TransactionRows
{
    public static IEnumerable<RfmTransaction> Of(TransactionTable table)
    {
        var ids = table.CustomerIds;
        for (var i = 0; i < table.Count; i++)
        {
            yield return new RfmTransaction(ids[table.Customers[i]], table.Dates[i].ToDateTime(TimeOnly.MinValue), table.Amounts[i]);
        }
    }
}
