namespace Segmentation.Rfm.Kernels;

/// <summary>
/// A value that sits on at least one ntile group boundary: customers equal to it are split
/// between groups by input position.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="Value">The boundary value.</param>
/// <param name="CountBefore">How many customers come before the first customer with this value in ntile order.</param>
/// <param name="Count">How many customers have this value.</param>
/// <param name="BoundaryRanks">The ntile positions (ascending) where a new group starts inside this value's run.</param>
internal sealed record NtileTie<T>(T Value, long CountBefore, long Count, long[] BoundaryRanks);
