using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Segmentation.Rfm.Aggregation;

/// <summary>Asks the processor to bring an object into cache before it is read.</summary>
internal static class CacheHint
{
    /// <summary>
    /// Starts loading the start of <paramref name="value"/> (a string's length and first characters)
    /// into every cache level; does nothing for <see langword="null"/> or without SSE.
    /// </summary>
    /// <remarks>
    /// A prefetch never faults and never changes what the program computes, so an address that is
    /// stale because the collector moved the object in between costs at most a wasted load.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch(object? value)
    {
        if (Sse.IsSupported && value is not null)
        {
            Sse.Prefetch0((void*)Unsafe.As<object, nint>(ref value));
        }
    }

    /// <summary>Starts loading the cache line of <paramref name="location"/> (an array element) into every cache level.</summary>
    /// <remarks>The address may be stale by the time the line arrives if the collector moves the array; that costs a wasted load, nothing else.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch<T>(ref T location)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref location));
        }
    }
}
