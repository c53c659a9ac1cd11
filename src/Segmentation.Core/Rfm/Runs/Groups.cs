namespace Segmentation.Rfm;

/// <summary>Customer indices grouped by a small key (a segment or a score) with one counting sort.</summary>
internal sealed class Groups
{
    private readonly int[] _starts;
    private readonly int[] _members;

    private Groups(int[] starts, int[] members)
    {
        _starts = starts;
        _members = members;
    }

    public static Groups By(ReadOnlySpan<byte> keys, int keyCount)
    {
        var wide = new int[keys.Length];
        for (var i = 0; i < wide.Length; i++)
        {
            wide[i] = keys[i];
        }

        return By(wide, keyCount);
    }

    public static Groups By(ReadOnlySpan<int> keys, int keyCount)
    {
        var starts = new int[keyCount + 1];
        foreach (var key in keys)
        {
            starts[key + 1]++;
        }

        for (var k = 1; k < starts.Length; k++)
        {
            starts[k] += starts[k - 1];
        }

        var next = (int[])starts.Clone();
        var members = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            members[next[keys[i]]++] = i;
        }

        return new Groups(starts, members);
    }

    /// <summary>Gets the indices with the key, ascending.</summary>
    public ReadOnlySpan<int> Members(int key) => _members.AsSpan(_starts[key], _starts[key + 1] - _starts[key]);
}
