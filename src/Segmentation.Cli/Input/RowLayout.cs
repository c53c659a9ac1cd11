namespace Segmentation.Cli.Input;

/// <summary>What each column up to the last needed one is for, in the fast path's row loop.</summary>
internal sealed class RowLayout
{
    public const int Id = 1;
    public const int Date = 2;
    public const int Amount = 3;
    public const int Order = 4;

    public RowLayout(ColumnMap map)
    {
        Map = map;
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

    public bool HasOrderIds => Map.OrderId >= 0;
}
