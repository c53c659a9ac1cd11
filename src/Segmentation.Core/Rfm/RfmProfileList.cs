using System.Collections;

namespace Segmentation.Rfm;

/// <summary>A read-only view that builds each <see cref="RfmProfile"/> from the columns on access.</summary>
internal sealed class RfmProfileList(RfmScoreColumns columns) : IReadOnlyList<RfmProfile>
{
    public int Count => columns.R.Length;

    public RfmProfile this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return new RfmProfile(
                index,
                columns.CustomerIds?[index],
                columns.RecencyDays.Span[index],
                columns.Frequency.Span[index],
                columns.Monetary.Span[index],
                columns.R[index],
                columns.F[index],
                columns.M[index],
                columns.CodeAt(index));
        }
    }

    public IEnumerator<RfmProfile> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
