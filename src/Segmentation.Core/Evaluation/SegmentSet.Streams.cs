using Segmentation.Definitions;
using System.Runtime.CompilerServices;

namespace Segmentation.Evaluation;

/// <summary>Evaluation of sequences and async streams, one customer at a time.</summary>
public sealed partial class SegmentSet<T>
{
    /// <summary>Evaluates one customer.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <returns>The customer's membership.</returns>
    /// <exception cref="SegmentationException">The set needs async evaluation.</exception>
    public SegmentMembership Match(T customer, DateTimeOffset asOf)
    {
        var holders = HoldersFor(asOf);
        if (Mode == SegmentSetMode.FirstMatch)
        {
            return SegmentMembership.Single(FirstOrThrow()(holders, customer));
        }

        var words = WordsOrThrow();
        if (words.Length == 1)
        {
            return SegmentMembership.FromBits(words[0](holders, customer));
        }

        var all = new ulong[words.Length];
        for (var w = 0; w < all.Length; w++)
        {
            all[w] = words[w](holders, customer);
        }

        return SegmentMembership.FromWords(all);
    }

    /// <summary>Evaluates a sequence lazily, one customer at a time.</summary>
    /// <param name="customers">The customers.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <returns>Each customer with its membership, in order.</returns>
    public IEnumerable<SegmentMatch<T>> Evaluate(IEnumerable<T> customers, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(customers);
        _ = Mode == SegmentSetMode.FirstMatch ? (object)FirstOrThrow() : WordsOrThrow();
        return Iterate(customers, asOf);
    }

    /// <summary>Counts the customers of a sequence in each segment.</summary>
    /// <param name="customers">The customers.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <returns>The counts.</returns>
    public SegmentCounts Count(IEnumerable<T> customers, DateTimeOffset asOf)
    {
        var counter = new SegmentCounter(Names.Count);
        foreach (var match in Evaluate(customers, asOf))
        {
            counter.Add(match.Membership);
        }

        return counter.ToCounts(Names);
    }

    /// <summary>
    /// Evaluates an async stream one customer at a time (memory does not grow with the stream),
    /// awaiting async criteria where the segments use them.
    /// </summary>
    /// <param name="customers">The customers.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <param name="cancellationToken">Stops the enumeration; also passed to async criteria.</param>
    /// <returns>Each customer with its membership, in order.</returns>
    public IAsyncEnumerable<SegmentMatch<T>> EvaluateAsync(IAsyncEnumerable<T> customers, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customers);
        return EvaluateCoreAsync(customers, asOf, cancellationToken);
    }

    /// <summary>Counts the customers of an async stream in each segment.</summary>
    /// <param name="customers">The customers.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The counts.</returns>
    public ValueTask<SegmentCounts> CountAsync(IAsyncEnumerable<T> customers, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customers);
        return CountCoreAsync(customers, asOf, cancellationToken);
    }

    private async IAsyncEnumerable<SegmentMatch<T>> EvaluateCoreAsync(IAsyncEnumerable<T> customers, DateTimeOffset asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var customer in customers.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var membership = RequiresAsync ? await MatchAsync(customer, asOf, cancellationToken).ConfigureAwait(false) : Match(customer, asOf);
            yield return new SegmentMatch<T>(customer, membership);
        }
    }

    private async ValueTask<SegmentCounts> CountCoreAsync(IAsyncEnumerable<T> customers, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var counter = new SegmentCounter(Names.Count);
        await foreach (var match in EvaluateCoreAsync(customers, asOf, cancellationToken).ConfigureAwait(false))
        {
            counter.Add(match.Membership);
        }

        return counter.ToCounts(Names);
    }

    private IEnumerable<SegmentMatch<T>> Iterate(IEnumerable<T> customers, DateTimeOffset asOf)
    {
        foreach (var customer in customers)
        {
            yield return new SegmentMatch<T>(customer, Match(customer, asOf));
        }
    }

    /// <summary>Segment by segment, awaiting each segment's async criteria; first-match stops at the first match.</summary>
    private async ValueTask<SegmentMembership> MatchAsync(T customer, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        ulong[]? all = Segments.Count > 64 ? new ulong[WordsPerCustomer] : null;
        var first = 0UL;
        for (var i = 0; i < Segments.Count; i++)
        {
            if (!await Segments[i].IsMatchAsync(customer, asOf, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            if (Mode == SegmentSetMode.FirstMatch)
            {
                return SegmentMembership.Single(i);
            }

            if (i < 64)
            {
                first |= 1UL << i;
            }

            if (all is not null)
            {
                all[i / 64] |= 1UL << (i % 64);
            }
        }

        return Mode == SegmentSetMode.FirstMatch ? SegmentMembership.Single(FallbackIndex) : all is null ? SegmentMembership.FromBits(first) : SegmentMembership.FromWords(all);
    }
}
