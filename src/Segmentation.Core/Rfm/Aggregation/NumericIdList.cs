using System.Collections;
using System.Globalization;

namespace Segmentation.Rfm.Aggregation;

/// <summary>Integer customer ids seen as their invariant text, made on each access (nothing is kept per id).</summary>
internal sealed class NumericIdList(long[] ids) : IReadOnlyList<string>
{
    /// <inheritdoc />
    public int Count => ids.Length;

    /// <inheritdoc />
    public string this[int index] => ids[index].ToString(CultureInfo.InvariantCulture);

    /// <summary>Makes every id's text once, for the callers that keep them.</summary>
    public static string[] ToStrings(long[] ids)
    {
        var texts = new string[ids.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = ids[i].ToString(CultureInfo.InvariantCulture);
        }

        return texts;
    }

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator()
    {
        foreach (var id in ids)
        {
            yield return id.ToString(CultureInfo.InvariantCulture);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
