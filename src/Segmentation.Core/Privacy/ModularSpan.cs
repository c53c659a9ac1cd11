namespace Segmentation.Privacy;

/// <summary>
/// The span of vectors over the integers modulo the prime 2⁶¹ − 1: exact (no rounding), and for 0/1
/// vectors it agrees with the span over the rationals except with a vanishing probability, in which
/// case it finds a combination that does not exist and suppresses one group more than needed.
/// </summary>
internal sealed class ModularSpan(int dimension)
{
    private const ulong Prime = (1UL << 61) - 1;
    private readonly List<(int Pivot, ulong[] Row)> _rows = [];

    public void Add(ulong[] vector)
    {
        var v = Reduce(vector);
        var pivot = Array.FindIndex(v, x => x != 0);
        if (pivot < 0)
        {
            return;
        }

        var inverse = Power(v[pivot], Prime - 2);
        for (var i = pivot; i < v.Length; i++)
        {
            v[i] = Multiply(v[i], inverse);
        }

        _rows.Add((pivot, v));
    }

    public bool Contains(ulong[] vector) => Array.TrueForAll(Reduce(vector), x => x == 0);

    private ulong[] Reduce(ulong[] vector)
    {
        var v = new ulong[dimension];
        Array.Copy(vector, v, dimension);

        // Each row is zero at the pivots of the rows before it, so one pass in order reduces fully.
        foreach (var (pivot, row) in _rows)
        {
            var factor = v[pivot];
            if (factor == 0)
            {
                continue;
            }

            for (var i = pivot; i < dimension; i++)
            {
                if (row[i] != 0)
                {
                    v[i] = Subtract(v[i], Multiply(factor, row[i]));
                }
            }
        }

        return v;
    }

    private static ulong Subtract(ulong a, ulong b) => a >= b ? a - b : a + Prime - b;

    private static ulong Multiply(ulong a, ulong b) => (ulong)((UInt128)a * b % Prime);

    private static ulong Power(ulong value, ulong exponent)
    {
        ulong result = 1;
        while (exponent > 0)
        {
            if ((exponent & 1) == 1)
            {
                result = Multiply(result, value);
            }

            value = Multiply(value, value);
            exponent >>= 1;
        }

        return result;
    }
}
