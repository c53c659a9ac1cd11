namespace Segmentation.Evaluation;

/// <summary>
/// A compiled all-matches loop: for each of the <paramref name="count"/> customers from
/// <paramref name="customers"/>, writes membership word <paramref name="word"/> to
/// <c>memberships[i * stride + word]</c> and adds one to <c>counts[s]</c> for each segment <c>s</c> it is in.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="holders">The segments' literal holders, by segment index.</param>
/// <param name="customers">The first customer; the caller guarantees <paramref name="count"/> of them.</param>
/// <param name="count">The number of customers.</param>
/// <param name="memberships">The first membership word; the caller guarantees <c>count * stride</c> of them.</param>
/// <param name="word">The word this loop writes.</param>
/// <param name="stride">Words per customer.</param>
/// <param name="counts">Members per segment, added to.</param>
internal delegate void SegmentWordLoop<T>(object[] holders, ref T customers, int count, ref ulong memberships, int word, int stride, long[] counts);
