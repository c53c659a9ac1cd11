using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Segmentation.Prediction.Models;

/// <summary>
/// BG/NBD over columns: P(alive) four customers per Vector256 step; the conditional expectation is
/// P(alive) times its 2F1 numerator, which depends on (x, T) only and is evaluated once per distinct pair.
/// </summary>
public sealed partial class BgNbdModel
{
    /// <inheritdoc/>
    public override void ProbabilityAlive(ReadOnlySpan<int> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> age, Span<double> destination)
    {
        CheckColumns(frequency, recency, age, destination);
        ProbabilityAliveColumns(frequency, recency, age, destination);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// E[Y(t) | x, t_x, T] = numerator(x, T) / (1 + odds(x, t_x, T)), and 1 / (1 + odds) is P(alive):
    /// the columns get P(alive) vectorized, then each customer's numerator from a table keyed by
    /// (x, T), which customers share (ages are whole days), so the 2F1 series runs once per pair.
    /// </remarks>
    public override void ConditionalExpectedPurchases(double horizon, ReadOnlySpan<int> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> age, Span<double> destination)
    {
        CheckHorizon(horizon);
        CheckColumns(frequency, recency, age, destination);
        if (horizon == 0d)
        {
            destination.Clear();
            return;
        }

        ProbabilityAliveColumns(frequency, recency, age, destination);
        var numerators = new NumeratorTable(_math, horizon);
        for (var i = 0; i < frequency.Length; i++)
        {
            var alive = destination[i];
            var value = numerators.Get(frequency[i], age[i]) * alive;

            // As the scalar form: a dead certain customer buys nothing even where the numerator overflows.
            destination[i] = double.IsFinite(value) ? Math.Max(value, 0d) : (alive == 0d ? 0d : value);
        }
    }

    private void ProbabilityAliveColumns(ReadOnlySpan<int> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> age, Span<double> destination)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated && frequency.Length >= Vector256<double>.Count)
        {
            i = ProbabilityAliveVector256(frequency, recency, age, destination);
        }

        for (; i < frequency.Length; i++)
        {
            destination[i] = _math.ProbabilityAlive(frequency[i], recency[i], age[i]);
        }
    }

    // 1 / (1 + a/(b+x-1) e) = (b+x-1) / (b+x-1 + a e), e = ((α+T)/(α+t_x))^(r+x); 1 where x = 0:
    // one logarithm, one exponential and one division per customer (the scalar form divides twice).
    private int ProbabilityAliveVector256(ReadOnlySpan<int> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> age, Span<double> destination)
    {
        ref var x = ref MemoryMarshal.GetReference(frequency);
        ref var tx = ref MemoryMarshal.GetReference(recency);
        ref var t = ref MemoryMarshal.GetReference(age);
        ref var result = ref MemoryMarshal.GetReference(destination);
        var r = Vector256.Create(R);
        var alpha = Vector256.Create(Alpha);
        var a = Vector256.Create(A);
        var bMinusOne = Vector256.Create(B - 1d);
        var one = Vector256<double>.One;
        var last = frequency.Length - Vector256<double>.Count;
        var i = 0;
        for (; i <= last; i += Vector256<double>.Count)
        {
            var xs = ToDouble(Vector128.LoadUnsafe(ref x, (nuint)i));
            var ratio = (alpha + Vector256.LoadUnsafe(ref t, (nuint)i)) / (alpha + Vector256.LoadUnsafe(ref tx, (nuint)i));
            var d = bMinusOne + xs;
            var alive = d / (d + (a * Vector256.Exp((r + xs) * Vector256.Log(ratio))));
            Vector256.ConditionalSelect(Vector256.Equals(xs, Vector256<double>.Zero), one, alive).StoreUnsafe(ref result, (nuint)i);
        }

        return i;
    }

    // AVX converts four ints to doubles in one instruction; without AVX-512 the long-to-double route is emulated.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> ToDouble(Vector128<int> x)
    {
        if (Avx.IsSupported)
        {
            return Avx.ConvertToVector256Double(x);
        }

        var (low, high) = Vector128.Widen(x);
        return Vector256.ConvertToDouble(Vector256.Create(low, high));
    }
}
