namespace Segmentation.Prediction.Models;

/// <summary>
/// The conditional expectation's numerator per distinct (x, T), in an open-addressing table (one
/// multiply to hash, usually one probe): a <c>Dictionary</c> of tuples cost more than the rest of the
/// per-customer work. At most <see cref="MaxEntries"/> pairs are kept; a full table starts over,
/// so memory stays bounded on inputs where few customers share a pair.
/// </summary>
internal struct NumeratorTable
{
    private const int MaxEntries = 1 << 15;
    private const int InitialCapacity = 1 << 10;

    private readonly BetaGeometric _math;
    private readonly double _horizon;
    private int[] _x;
    private long[] _age;
    private double[] _value;
    private bool[] _used;
    private int _count;
    private int _shift;

    public NumeratorTable(BetaGeometric math, double horizon)
    {
        _math = math;
        _horizon = horizon;
        (_x, _age, _value, _used, _shift) = Allocate(InitialCapacity);
    }

    public double Get(int x, double age)
    {
        var bits = BitConverter.DoubleToInt64Bits(age);
        var mask = _used.Length - 1;
        for (var slot = Slot(x, bits); ; slot = (slot + 1) & mask)
        {
            if (!_used[slot])
            {
                var value = _math.PurchasesIfAlive(_horizon, x, age);
                Add(slot, x, bits, value);
                return value;
            }

            if (_x[slot] == x && _age[slot] == bits)
            {
                return _value[slot];
            }
        }
    }

    private readonly int Slot(int x, long bits) =>
        (int)((((ulong)bits * 0x9E3779B97F4A7C15UL) + ((ulong)(uint)x * 0xC2B2AE3D27D4EB4FUL)) >> _shift);

    private void Add(int slot, int x, long bits, double value)
    {
        _x[slot] = x;
        _age[slot] = bits;
        _value[slot] = value;
        _used[slot] = true;
        if (++_count * 2 <= _used.Length)
        {
            return;
        }

        // Half full: grow while the cap allows (re-inserting every pair), else start over.
        var startOver = _count >= MaxEntries;
        var (xs, ages, values, used) = (_x, _age, _value, _used);
        (_x, _age, _value, _used, _shift) = Allocate(startOver ? InitialCapacity : used.Length * 2);
        _count = 0;
        if (startOver)
        {
            return;
        }

        var mask = _used.Length - 1;
        for (var i = 0; i < used.Length; i++)
        {
            if (used[i])
            {
                var s = Slot(xs[i], ages[i]);
                while (_used[s])
                {
                    s = (s + 1) & mask;
                }

                (_x[s], _age[s], _value[s], _used[s]) = (xs[i], ages[i], values[i], true);
                _count++;
            }
        }
    }

    private static (int[], long[], double[], bool[], int) Allocate(int capacity) =>
        (new int[capacity], new long[capacity], new double[capacity], new bool[capacity], 64 - int.Log2(capacity));
}
