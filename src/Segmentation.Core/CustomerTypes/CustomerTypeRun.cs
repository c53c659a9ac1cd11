using Segmentation.Definitions;
using Segmentation.Evaluation;

namespace Segmentation.CustomerTypes;

/// <summary>
/// The seven customer types of a population as of one instant: each customer's profile, its
/// type (exclusive) or types (overlapping), and the count per type. The one call from joined
/// sources to types: <see cref="FromSources"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Customers are in ordinal customer id order; position <c>i</c> of
/// <see cref="Profiles"/> and <see cref="Memberships"/> is the same customer.
/// </remarks>
public sealed partial class CustomerTypeRun
{
    private readonly CustomerProfile[] _profiles;
    private readonly SegmentMembership[] _memberships;

    private CustomerTypeRun(DateTimeOffset asOf, SegmentSetMode mode, IReadOnlyList<string> names, CustomerProfile[] profiles, SegmentMembership[] memberships, SegmentCounts counts, int ignoredFutureEvents)
    {
        AsOf = asOf;
        Mode = mode;
        Names = names;
        _profiles = profiles;
        _memberships = memberships;
        Counts = counts;
        IgnoredFutureEvents = ignoredFutureEvents;
        WithoutType = mode == SegmentSetMode.FirstMatch ? counts.Counts[^1] : memberships.LongCount(m => m.IsEmpty);
    }

    /// <summary>Gets the instant the profiles and types are as of.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>Gets the mode: <see cref="SegmentSetMode.FirstMatch"/> (exclusive, by priority) or <see cref="SegmentSetMode.AllMatches"/> (overlapping).</summary>
    public SegmentSetMode Mode { get; }

    /// <summary>Gets the type names in priority order, followed in exclusive mode by <see cref="CustomerTypeNames.Other"/>; memberships index into it.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Gets the customers' profiles, in ordinal customer id order.</summary>
    public IReadOnlyList<CustomerProfile> Profiles => _profiles;

    /// <summary>Gets each customer's types as indices into <see cref="Names"/> (exactly one in exclusive mode; any number, possibly none, in overlapping mode).</summary>
    public IReadOnlyList<SegmentMembership> Memberships => _memberships;

    /// <summary>Gets the customers per type, in the order of <see cref="Names"/>; in overlapping mode they may add up to more than <see cref="SegmentCounts.Total"/>.</summary>
    public SegmentCounts Counts { get; }

    /// <summary>Gets how many customers are of none of the seven types (in exclusive mode, the count of <see cref="CustomerTypeNames.Other"/>).</summary>
    public long WithoutType { get; }

    /// <summary>Gets how many activities were dated after <see cref="AsOf"/> and therefore not counted (from the builder; 0 for given profiles).</summary>
    public int IgnoredFutureEvents { get; }

    /// <summary>
    /// Assigns the types to the profiles a builder joined from its sources, as of the builder's as-of
    /// instant (for a builder created without one: the day after the latest activity of a customer
    /// not on <see cref="CustomerTypeOptions.SuppressionList"/>).
    /// </summary>
    /// <param name="builder">The activity of every source, joined by customer id.</param>
    /// <param name="mode"><see cref="SegmentSetMode.FirstMatch"/> (exclusive, the default) or <see cref="SegmentSetMode.AllMatches"/> (overlapping).</param>
    /// <param name="options">Thresholds and the suppression list; <see cref="CustomerTypeOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <returns>The run.</returns>
    public static CustomerTypeRun FromSources(CustomerProfileBuilder builder, SegmentSetMode mode = SegmentSetMode.FirstMatch, CustomerTypeOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var (profiles, asOf, ignored) = builder.Build(options?.SuppressionList);
        return Create(profiles, asOf, mode, options, ignored, cancellationToken);
    }

    /// <summary>Assigns the types to profiles built for <paramref name="asOf"/>.</summary>
    /// <param name="profiles">The profiles, in any order; each customer id once.</param>
    /// <param name="asOf">The instant the profiles were built for.</param>
    /// <param name="mode"><see cref="SegmentSetMode.FirstMatch"/> (exclusive, the default) or <see cref="SegmentSetMode.AllMatches"/> (overlapping).</param>
    /// <param name="options">Thresholds and the suppression list; <see cref="CustomerTypeOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <returns>The run, customers in ordinal id order.</returns>
    /// <exception cref="SegmentationException">Two profiles have the same customer id.</exception>
    public static CustomerTypeRun FromProfiles(IEnumerable<CustomerProfile> profiles, DateTimeOffset asOf, SegmentSetMode mode = SegmentSetMode.FirstMatch, CustomerTypeOptions? options = null, CancellationToken cancellationToken = default) =>
        Create(profiles, asOf, mode, options, ignoredFutureEvents: 0, cancellationToken);

    /// <summary>Gets the names of one customer's types, in priority order.</summary>
    /// <param name="index">The customer's position in <see cref="Profiles"/>.</param>
    /// <returns>One name in exclusive mode; any number, possibly none, in overlapping mode.</returns>
    public IReadOnlyList<string> TypesOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _profiles.Length);
        var names = new List<string>(1);
        foreach (var type in _memberships[index])
        {
            names.Add(Names[type]);
        }

        return names;
    }

    private static CustomerTypeRun Create(IEnumerable<CustomerProfile> profiles, DateTimeOffset asOf, SegmentSetMode mode, CustomerTypeOptions? options, int ignoredFutureEvents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var sorted = (options?.SuppressionList is { } list ? list.Exclude(profiles, p => p.CustomerId) : profiles).ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.CustomerId, b.CustomerId));
        for (var i = 1; i < sorted.Length; i++)
        {
            if (string.Equals(sorted[i - 1].CustomerId, sorted[i].CustomerId, StringComparison.Ordinal))
            {
                throw new SegmentationException($"Two profiles have the same customer id (the {i}th and {i + 1}th in id order); build one profile per customer, e.g. with one CustomerProfileBuilder for every source.");
            }
        }

        var set = mode == SegmentSetMode.FirstMatch
            ? CustomerTypeSet.Exclusive<CustomerProfile>(options: options)
            : CustomerTypeSet.Overlapping<CustomerProfile>(options: options);
        var memberships = new SegmentMembership[sorted.Length];
        var counter = new SegmentCounter(set.Names.Count);
        for (var i = 0; i < sorted.Length; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            memberships[i] = set.Match(sorted[i], asOf);
            counter.Add(memberships[i]);
        }

        return new CustomerTypeRun(asOf, mode, set.Names, sorted, memberships, counter.ToCounts(set.Names), ignoredFutureEvents);
    }
}
