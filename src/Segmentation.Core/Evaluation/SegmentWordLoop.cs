namespace Segmentation.Evaluation;

/// <summary>
/// A compiled all-matches loop for one membership word <c>w</c> of a set with <c>stride</c> words per
/// customer (both fixed when compiled): for each of the <paramref name="count"/> customers from
/// <paramref name="customers"/>, writes word <c>w</c> to <c>memberships[i * stride + w]</c> and adds one
/// to <c>counts[s]</c> for each segment <c>s</c> it is in.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="holders">The segments' literal holders, by segment index.</param>
/// <param name="customers">The first customer; the caller guarantees <paramref name="count"/> of them.</param>
/// <param name="count">The number of customers.</param>
/// <param name="memberships">The first membership word; the caller guarantees <c>count * stride</c> of them.</param>
/// <param name="counts">Members per segment, added to.</param>
internal delegate void SegmentWordLoop<T>(object[] holders, ref T customers, int count, ref ulong memberships, long[] counts);
