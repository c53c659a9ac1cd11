namespace Segmentation.Evaluation;

/// <summary>
/// A compiled first-match loop: for each of the <paramref name="count"/> customers from
/// <paramref name="customers"/>, writes the index of the first segment it matches (or the fallback's)
/// to <paramref name="assignments"/> and adds one to that index's count.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="holders">The segments' literal holders, by segment index.</param>
/// <param name="customers">The first customer; the caller guarantees <paramref name="count"/> of them.</param>
/// <param name="count">The number of customers.</param>
/// <param name="assignments">The first assignment; the caller guarantees <paramref name="count"/> of them.</param>
/// <param name="counts">Customers per segment index, added to.</param>
internal delegate void SegmentFirstLoop<T>(object[] holders, ref T customers, int count, ref int assignments, long[] counts);
