namespace Segmentation.Rfm.Aggregation;

/// <summary>
/// A set of (customer index, order id) pairs with open addressing, sized once for the number of
/// rows so that adding never allocates.
/// </summary>
internal sealed class OrderKeySet
{
    private readonly long[] _orders;
    private readonly int[] _customersPlusOne; // 0 marks an empty slot
    private readonly int _mask;

    /// <summary>Creates a set for up to <paramref name="capacity"/> pairs at a load factor of at most 1/2.</summary>
    public OrderKeySet(int capacity)
    {
        var size = 16;
        while (size < 2L * capacity)
        {
            size <<= 1;
        }

        _orders = new long[size];
        _customersPlusOne = new int[size];
        _mask = size - 1;
    }

    /// <summary>Adds the pair; returns <see langword="false"/> when it was already present.</summary>
    public bool Add(int customer, long order)
    {
        var hash = ((ulong)order * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)customer * 0xC2B2AE3D27D4EB4FUL);
        var slot = (int)(hash >> 32) & _mask;
        while (true)
        {
            var stored = _customersPlusOne[slot];
            if (stored == 0)
            {
                _customersPlusOne[slot] = customer + 1;
                _orders[slot] = order;
                return true;
            }

            if (stored == customer + 1 && _orders[slot] == order)
            {
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }
}
