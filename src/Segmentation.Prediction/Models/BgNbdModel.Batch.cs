using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Prediction.Models;

/// <summary>BG/NBD over columns: P(alive) four customers per Vector256 step; the conditional expectation's 2F1 once per distinct (x, T).</summary>
public sealed partial class BgNbdModel
{
    private const int MaxCachedNumerators = 1 << 16;

    /// <inheritdoc/>
    public override void ProbabilityAlive(ReadOnlySpan<int> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> age, Span<double> destination)
    {
        CheckColumns(frequency, recency, age, destination);
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

    /// <inheritdoc/>
    /// <remarks>The 2F1 part depends on x and T only; customers sharing them (most do: ages are whole days) share its evaluation.</remarks>
    public override void ConditionalExpectedPurchases(double horizon, ReadOnlySpan<int> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> age, Span<double> destination)
    {
        CheckHorizon(horizon);
        CheckColumns(frequency, recency, age, destination);
        if (horizon == 0d)
        {
            destination.Clear();
            return;
        }

        var numerators = new Dictionary<(int, double), double>();
        for (var i = 0; i < frequency.Length; i++)
        {
            var key = (frequency[i], age[i]);
            if (!numerators.TryGetValue(key, out var numerator))
            {
                if (numerators.Count == MaxCachedNumerators)
                {
                    numerators.Clear();  // bounded memory on inputs with few repeats
                }

                numerator = _math.PurchasesIfAlive(horizon, key.Item1, key.Item2);
                numerators.Add(key, numerator);
            }

            destination[i] = _math.Condition(numerator, frequency[i], recency[i], age[i]);
        }
    }

    // 1 / (1 + a/(b+x-1) ((α+T)/(α+t_x))^(r+x)), 1 where x = 0: one logarithm and one exponential per customer.
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
            var (low, high) = Vector128.Widen(Vector128.LoadUnsafe(ref x, (nuint)i));
            var xs = Vector256.ConvertToDouble(Vector256.Create(low, high));
            var ratio = (alpha + Vector256.LoadUnsafe(ref t, (nuint)i)) / (alpha + Vector256.LoadUnsafe(ref tx, (nuint)i));
            var odds = a / (bMinusOne + xs) * Vector256.Exp((r + xs) * Vector256.Log(ratio));
            var alive = one / (one + odds);
            Vector256.ConditionalSelect(Vector256.Equals(xs, Vector256<double>.Zero), one, alive).StoreUnsafe(ref result, (nuint)i);
        }

        return i;
    }
}
