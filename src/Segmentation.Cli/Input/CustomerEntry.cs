using Segmentation.Rfm.Aggregation;

namespace Segmentation.Cli.Input;

/// <summary>A customer's running totals while a partition of the fast path is aggregated.</summary>
internal struct CustomerEntry
{
    public ulong Key0;
    public ulong Key1;
    public CustomerTotals Totals;
    public int IdStart;
    public int IdLength;
}
