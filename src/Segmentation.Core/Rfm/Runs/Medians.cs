namespace Segmentation.Rfm;

/// <summary>Medians of a group's values; an even count takes the mean of the two middle values (R's <c>median</c>).</summary>
internal static class Medians
{
    public static double? Of(ReadOnlySpan<int> members, int[] values)
    {
        if (members.IsEmpty)
        {
            return null;
        }

        var picked = Pick(members, values);
        var half = picked.Length / 2;
        return picked.Length % 2 == 1 ? picked[half] : (picked[half - 1] + (double)picked[half]) / 2;
    }

    public static decimal? Of(ReadOnlySpan<int> members, decimal[] values)
    {
        if (members.IsEmpty)
        {
            return null;
        }

        var picked = Pick(members, values);
        var half = picked.Length / 2;
        return picked.Length % 2 == 1 ? picked[half] : Mean(picked[half - 1], picked[half]);
    }

    // (a + b) / 2 keeps the scale of the amounts (161.37, not 161.370); halves first only where the sum would overflow.
    private static decimal Mean(decimal a, decimal b)
    {
        try
        {
            return (a + b) / 2;
        }
        catch (OverflowException)
        {
            return (a / 2) + (b / 2);
        }
    }

    private static T[] Pick<T>(ReadOnlySpan<int> members, T[] values)
    {
        var picked = new T[members.Length];
        for (var k = 0; k < picked.Length; k++)
        {
            picked[k] = values[members[k]];
        }

        Array.Sort(picked);
        return picked;
    }
}
