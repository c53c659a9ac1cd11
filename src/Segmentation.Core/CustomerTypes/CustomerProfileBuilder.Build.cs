using Segmentation.Privacy;

namespace Segmentation.CustomerTypes;

/// <summary>Accumulation per customer and the final profiles.</summary>
public sealed partial class CustomerProfileBuilder
{
    /// <summary>Builds the profiles, ordered by customer id (ordinal).</summary>
    /// <returns>One profile per customer seen in any activity up to the as-of instant.</returns>
    public IReadOnlyList<CustomerProfile> Build() => Profiles(_customers, AsOf);

    /// <summary>
    /// The profiles of the customers not on <paramref name="list"/>, with the as-of instant and the
    /// count of ignored events they would have without the listed customers' activity (a listed
    /// customer's latest order must not move the default as-of instant).
    /// </summary>
    internal (IReadOnlyList<CustomerProfile> Profiles, DateTimeOffset AsOf, int IgnoredFutureEvents) Build(SuppressionList? list)
    {
        if (list is null || list.Count == 0)
        {
            return (Build(), AsOf, IgnoredFutureEvents);
        }

        var kept = _customers.Where(pair => !list.Contains(pair.Key)).ToList();
        DateTimeOffset? latest = null;
        foreach (var (_, customer) in kept)
        {
            latest = customer.Latest is { } at ? Max(latest, at) : latest;
        }

        var asOf = _asOf ?? (latest is { } l ? DayAfter(l) : DateTimeOffset.MinValue);
        var ignored = IgnoredFutureEvents - (_ignoredBy?.Where(pair => list.Contains(pair.Key)).Sum(pair => pair.Value) ?? 0);
        return (Profiles(kept, asOf), asOf, ignored);
    }

    private static CustomerProfile[] Profiles(IEnumerable<KeyValuePair<string, Accumulator>> customers, DateTimeOffset asOf) =>
    [
        .. customers.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => Profile(pair.Key, pair.Value, asOf)),
    ];

    private static CustomerProfile Profile(string id, Accumulator a, DateTimeOffset asOf) => new()
    {
        CustomerId = id,
        OrderCount = a.Orders,
        Revenue = a.Revenue,
        PromotionOrderCount = a.PromotionOrders,
        DaysSinceFirstOrder = DaysSince(asOf, a.FirstOrder),
        DaysSinceLastOrder = DaysSince(asOf, a.LastOrder),
        AverageDaysBetweenOrders = a.Orders >= 2 ? (a.LastOrder!.Value - a.FirstOrder!.Value).TotalDays / (a.Orders - 1) : null,
        InteractionCount = a.Interactions,
        DaysSinceLastInteraction = DaysSince(asOf, a.LastInteraction),
        OpenTicketCount = a.OpenTickets,
        ComplaintCount = a.Complaints,
        DaysSinceLastComplaint = DaysSince(asOf, a.LastComplaint),
        ReferralCount = a.Referrals,
        PositiveReviewCount = a.PositiveReviews,
        NpsScore = a.Nps,
    };

    private static int? DaysSince(DateTimeOffset asOf, DateTimeOffset? at) => at is { } instant ? (int)Math.Floor((asOf - instant).TotalDays) : null;

    private Accumulator? For(string customerId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrEmpty(customerId);
        if (_asOf is null)
        {
            _latest = Max(_latest, at);
        }
        else if (at > _asOf)
        {
            IgnoredFutureEvents++;
            _ignoredBy ??= new(StringComparer.Ordinal);
            _ignoredBy[customerId] = _ignoredBy.GetValueOrDefault(customerId) + 1;
            return null;
        }

        if (!_customers.TryGetValue(customerId, out var customer))
        {
            customer = new Accumulator();
            _customers.Add(customerId, customer);
        }

        customer.Latest = Max(customer.Latest, at);
        return customer;
    }

    private static DateTimeOffset DayAfter(DateTimeOffset at) => new(DateOnly.FromDateTime(at.UtcDateTime).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x <= b ? x : b;

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x >= b ? x : b;

    private sealed class Accumulator
    {
        /// <summary>Gets or sets the latest activity of any kind, for an as-of instant without listed customers.</summary>
        public DateTimeOffset? Latest { get; set; }

        public int Orders { get; set; }

        public decimal Revenue { get; set; }

        public int PromotionOrders { get; set; }

        public DateTimeOffset? FirstOrder { get; set; }

        public DateTimeOffset? LastOrder { get; set; }

        public int Interactions { get; set; }

        public DateTimeOffset? LastInteraction { get; set; }

        public int OpenTickets { get; set; }

        public int Complaints { get; set; }

        public DateTimeOffset? LastComplaint { get; set; }

        public int Referrals { get; set; }

        public int PositiveReviews { get; set; }

        public int? Nps { get; set; }

        /// <summary>Gets or sets the order ids seen, each with whether a line of it used a promotion.</summary>
        public Dictionary<string, bool>? OrderIds { get; set; }

        public DateTimeOffset? NpsAt { get; set; }
    }
}
