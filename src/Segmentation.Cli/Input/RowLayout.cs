namespace Segmentation.Cli.Input;

/// <summary>What each column up to the last needed one is for, in the fast path's row loop.</summary>
internal sealed class RowLayout
{
    public const int Id = 1;
    public const int Date = 2;
    public const int Amount = 3;
    public const int Order = 4;

    public RowLayout(ColumnMap map, bool hasCarriageReturns)
    {
        Map = map;
        HasCarriageReturns = hasCarriageReturns;
        Roles = new byte[map.MaxIndex + 1];
        Roles[map.CustomerId] = Id;
        Roles[map.OrderDate] = Date;
        Roles[map.Amount] = Amount;
        if (map.OrderId >= 0)
        {
            Roles[map.OrderId] = Order;
        }
    }

    public ColumnMap Map { get; }

    /// <summary>Gets the role of each column (0 for ignored ones), up to <see cref="ColumnMap.MaxIndex"/>.</summary>
    public byte[] Roles { get; }

    /// <summary>Gets a value indicating whether the body has any '\r' (then a lone one sends the file to the general reader).</summary>
    public bool HasCarriageReturns { get; }

    public bool HasOrderIds => Map.OrderId >= 0;
}
