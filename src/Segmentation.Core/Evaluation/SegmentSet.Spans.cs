using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Segmentation.Definitions;

namespace Segmentation.Evaluation;

/// <summary>Evaluation over spans and arrays: no allocation per customer.</summary>
public sealed partial class SegmentSet<T>
{
    /// <summary>Evaluates an all-matches set: writes each customer's membership bits and counts members per segment.</summary>
    /// <param name="customers">The customers.</param>
    /// <param name="memberships">
    /// Receives <see cref="WordsPerCustomer"/> words per customer: bit <c>i % 64</c> of word
    /// <c>c * WordsPerCustomer + i / 64</c> is set when customer <c>c</c> is in segment <c>i</c>.
    /// </param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <returns>The number of customers in each segment.</returns>
    /// <exception cref="SegmentationException">The set is in first-match mode or needs async evaluation.</exception>
    /// <exception cref="ArgumentException"><paramref name="memberships"/> is too short.</exception>
    public SegmentCounts Evaluate(ReadOnlySpan<T> customers, Span<ulong> memberships, DateTimeOffset asOf)
    {
        var words = WordsOrThrow();
        CheckLength(customers.Length * words.Length, memberships.Length, nameof(memberships));
        var counts = new long[Segments.Count];
        EvaluateRange(_loops!.Value.Words!, HoldersFor(asOf), customers, memberships, counts);
        return new SegmentCounts(Names, counts, customers.Length);
    }

    /// <summary>Evaluates a first-match set: writes each customer's segment index and counts customers per segment.</summary>
    /// <param name="customers">The customers.</param>
    /// <param name="assignments">Receives, per customer, the index of its segment in <see cref="Names"/> (<see cref="FallbackIndex"/> for the fallback).</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <returns>The number of customers in each segment, the fallback last.</returns>
    /// <exception cref="SegmentationException">The set is in all-matches mode or needs async evaluation.</exception>
    /// <exception cref="ArgumentException"><paramref name="assignments"/> is too short.</exception>
    public SegmentCounts Classify(ReadOnlySpan<T> customers, Span<int> assignments, DateTimeOffset asOf)
    {
        FirstOrThrow();
        CheckLength(customers.Length, assignments.Length, nameof(assignments));
        var counts = new long[Names.Count];
        ClassifyRange(_loops!.Value.First!, HoldersFor(asOf), customers, assignments, counts);
        return new SegmentCounts(Names, counts, customers.Length);
    }

    /// <summary>As <see cref="Evaluate(ReadOnlySpan{T}, Span{ulong}, DateTimeOffset)"/>, on every core from <see cref="ParallelThreshold"/> customers.</summary>
    /// <param name="customers">The customers.</param>
    /// <param name="memberships">Receives <see cref="WordsPerCustomer"/> words per customer.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <returns>The number of customers in each segment.</returns>
    public SegmentCounts Evaluate(T[] customers, ulong[] memberships, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(memberships);
        var words = WordsOrThrow();
        CheckLength(customers.Length * words.Length, memberships.Length, nameof(memberships));
        var holders = HoldersFor(asOf);
        var loops = _loops!.Value.Words!;
        var counts = InParallel(customers.Length, Segments.Count, (start, length, local) =>
            EvaluateRange(loops, holders, customers.AsSpan(start, length), memberships.AsSpan(start * words.Length, length * words.Length), local));
        return new SegmentCounts(Names, counts, customers.Length);
    }

    /// <summary>As <see cref="Classify(ReadOnlySpan{T}, Span{int}, DateTimeOffset)"/>, on every core from <see cref="ParallelThreshold"/> customers.</summary>
    /// <param name="customers">The customers.</param>
    /// <param name="assignments">Receives each customer's segment index.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <returns>The number of customers in each segment, the fallback last.</returns>
    public SegmentCounts Classify(T[] customers, int[] assignments, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(assignments);
        FirstOrThrow();
        CheckLength(customers.Length, assignments.Length, nameof(assignments));
        var holders = HoldersFor(asOf);
        var first = _loops!.Value.First!;
        var counts = InParallel(customers.Length, Names.Count, (start, length, local) =>
            ClassifyRange(first, holders, customers.AsSpan(start, length), assignments.AsSpan(start, length), local));
        return new SegmentCounts(Names, counts, customers.Length);
    }

    /// <summary>Runs the compiled loops over the span, <see cref="EvaluationConstants.LoopChunk"/> customers per call (every word of a chunk before the next chunk).</summary>
    private static void EvaluateRange(SegmentWordLoop<T>[] loops, object[] holders, ReadOnlySpan<T> customers, Span<ulong> memberships, long[] counts)
    {
        // The lengths are checked by the callers: memberships holds customers.Length * stride words.
        var stride = loops.Length;
        ref var first = ref MemoryMarshal.GetReference(customers);
        ref var bits = ref MemoryMarshal.GetReference(memberships);
        for (var start = 0; start < customers.Length; start += EvaluationConstants.LoopChunk)
        {
            var length = Math.Min(EvaluationConstants.LoopChunk, customers.Length - start);
            for (var w = 0; w < stride; w++)
            {
                loops[w](holders, ref Unsafe.Add(ref first, start), length, ref Unsafe.Add(ref bits, start * stride), counts);
            }
        }
    }

    /// <summary>Runs the compiled first-match loop over the span.</summary>
    private static void ClassifyRange(SegmentFirstLoop<T> loop, object[] holders, ReadOnlySpan<T> customers, Span<int> assignments, long[] counts)
    {
        // The lengths are checked by the callers: assignments holds customers.Length items.
        if (!customers.IsEmpty)
        {
            loop(holders, ref MemoryMarshal.GetReference(customers), customers.Length, ref MemoryMarshal.GetReference(assignments), counts);
        }
    }

    /// <summary>Runs <paramref name="body"/> over chunks, on every core for large inputs, and adds up the chunks' counts.</summary>
    private static long[] InParallel(int length, int countLength, Action<int, int, long[]> body)
    {
        var counts = new long[countLength];
        if (length < ParallelThreshold || Environment.ProcessorCount == 1)
        {
            body(0, length, counts);
            return counts;
        }

        var chunk = Math.Max(EvaluationConstants.MinChunk, length / (Environment.ProcessorCount * 4));
        var chunks = (length + chunk - 1) / chunk;
        Parallel.For(
            0,
            chunks,
            () => new long[countLength],
            (i, _, local) =>
            {
                var start = i * chunk;
                body(start, Math.Min(chunk, length - start), local);
                return local;
            },
            local =>
            {
                lock (counts)
                {
                    for (var i = 0; i < local.Length; i++)
                    {
                        counts[i] += local[i];
                    }
                }
            });
        return counts;
    }

    private Func<object[], T, ulong>[] WordsOrThrow() => _words ?? throw ModeError(SegmentSetMode.AllMatches);

    private Func<object[], T, int> FirstOrThrow() => _first ?? throw ModeError(SegmentSetMode.FirstMatch);

    private SegmentationException ModeError(SegmentSetMode wanted) => RequiresAsync
        ? new SegmentationException($"The set uses async criteria ({string.Join(", ", Segments.SelectMany(s => s.InMemoryOnlyCriteria).Distinct())}); evaluate it with EvaluateAsync.")
        : new SegmentationException($"The set is in {Mode} mode; this entry point is for {wanted} sets. Use {(Mode == SegmentSetMode.AllMatches ? "Evaluate" : "Classify")}.");

    private static void CheckLength(int needed, int actual, string name)
    {
        if (actual < needed)
        {
            throw new ArgumentException($"The destination holds {actual} items; {needed} are needed.", name);
        }
    }
}
