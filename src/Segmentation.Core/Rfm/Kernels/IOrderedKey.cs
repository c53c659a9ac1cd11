namespace Segmentation.Rfm.Kernels;

/// <summary>
/// Maps values to unsigned keys whose order is the order the selection works in, so one radix
/// selection serves ascending and descending integers and doubles.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal interface IOrderedKey<T>
{
    /// <summary>The key of a value; equal values have equal keys.</summary>
    static abstract ulong ToKey(T value);

    /// <summary>The value of a key produced by <see cref="ToKey"/>.</summary>
    static abstract T FromKey(ulong key);
}
