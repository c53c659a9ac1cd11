namespace Segmentation.CustomerTypes;

/// <summary>Accumulation per customer and the final profiles.</summary>
public sealed partial class CustomerProfileBuilder
{
    /// <summary>Builds the profiles, ordered by customer id (ordinal).</summary>
    /// <returns>One profile per customer seen in any activity up to the as-of instant.</returns>
    public IReadOnlyList<CustomerProfile> Build() =>
    [
        .. _customers.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => Profile(pair.Key, pair.Value)),
    ];

    private CustomerProfile Profile(string id, Accumulator a) => new()
    {
        CustomerId = id,
        OrderCount = a.Orders,
        Revenue = a.Revenue,
        PromotionOrderCount = a.PromotionOrders,
        DaysSinceFirstOrder = DaysSince(a.FirstOrder),
        DaysSinceLastOrder = DaysSince(a.LastOrder),
        AverageDaysBetweenOrders = a.Orders >= 2 ? (a.LastOrder!.Value - a.FirstOrder!.Value).TotalDays / (a.Orders - 1) : null,
        InteractionCount = a.Interactions,
        DaysSinceLastInteraction = DaysSince(a.LastInteraction),
        OpenTicketCount = a.OpenTickets,
        ComplaintCount = a.Complaints,
        DaysSinceLastComplaint = DaysSince(a.LastComplaint),
        ReferralCount = a.Referrals,
        PositiveReviewCount = a.PositiveReviews,
        NpsScore = a.Nps,
    };

    private int? DaysSince(DateTimeOffset? at) => at is { } instant ? (int)Math.Floor((AsOf - instant).TotalDays) : null;

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
            return null;
        }

        if (!_customers.TryGetValue(customerId, out var customer))
        {
            customer = new Accumulator();
            _customers.Add(customerId, customer);
        }

        return customer;
    }

    private static DateTimeOffset DayAfter(DateTimeOffset at) => new(DateOnly.FromDateTime(at.UtcDateTime).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x <= b ? x : b;

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x >= b ? x : b;

    private sealed class Accumulator
    {
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
