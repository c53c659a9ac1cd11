namespace Segmentation.Rfm.Aggregation;

/// <summary><see cref="string.CompareOrdinal(string, string)"/> as a struct comparer, so generic sorts inline it.</summary>
internal readonly struct OrdinalStringOrder : IComparer<string>
{
    /// <inheritdoc />
    public int Compare(string? x, string? y) => string.CompareOrdinal(x, y);
}
