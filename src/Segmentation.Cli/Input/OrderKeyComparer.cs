namespace Segmentation.Cli.Input;

/// <summary>Compares order keys by customer and by the order id's bytes in the file.</summary>
internal sealed class OrderKeyComparer(ReadOnlyMemory<byte> data) : IEqualityComparer<OrderKey>
{
    public bool Equals(OrderKey x, OrderKey y) =>
        x.Customer == y.Customer && data.Span.Slice(x.Start, x.Length).SequenceEqual(data.Span.Slice(y.Start, y.Length));

    public int GetHashCode(OrderKey obj)
    {
        var (key0, key1) = Utf8Values.Key(data.Span, obj.Start, obj.Length);
        return (int)Utf8Values.Hash(key0 ^ (ulong)obj.Customer, key1, obj.Length);
    }
}
