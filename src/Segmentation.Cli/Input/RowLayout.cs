namespace Segmentation.Cli.Input;

/// <summary>Where the fast path's row loop finds the needed columns.</summary>
internal sealed class RowLayout(ColumnMap map)
{
    public ColumnMap Map { get; } = map;

    public bool HasOrderIds => Map.OrderId >= 0;
}
