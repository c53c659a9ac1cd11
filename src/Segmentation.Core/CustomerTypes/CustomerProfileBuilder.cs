namespace Segmentation.CustomerTypes;

/// <summary>
/// Builds <see cref="CustomerProfile"/>s as of one instant from activity: orders, interactions,
/// tickets, reviews, referrals and NPS answers, in any order.
/// </summary>
/// <remarks>
/// Not thread-safe. Activity after the as-of instant is not counted (a profile is a snapshot) and is
/// reported by <see cref="IgnoredFutureEvents"/>. Memory grows with the number of customers (and of
/// order ids, when orders are recorded by line).
/// </remarks>
public sealed partial class CustomerProfileBuilder
{
    private readonly Dictionary<string, Accumulator> _customers = new(StringComparer.Ordinal);
    private readonly DateTimeOffset? _asOf;
    private DateTimeOffset? _latest;
    private Dictionary<string, int>? _ignoredBy;

    /// <summary>Creates a builder for profiles as of <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The instant day counts are measured to.</param>
    public CustomerProfileBuilder(DateTimeOffset asOf) => _asOf = asOf;

    /// <summary>
    /// Creates a builder whose as-of instant comes from the data: midnight (UTC) at the start of the
    /// day after the latest activity, as RFM's default as-of date is the day after the latest
    /// transaction. No activity is then in the future.
    /// </summary>
    public CustomerProfileBuilder()
    {
    }

    /// <summary>
    /// Gets the instant day counts are measured to: the one given, or for a builder created without
    /// one, midnight (UTC) after the day of the latest activity recorded so far
    /// (<see cref="DateTimeOffset.MinValue"/> before any).
    /// </summary>
    public DateTimeOffset AsOf => _asOf ?? (_latest is { } latest ? DayAfter(latest) : DateTimeOffset.MinValue);

    /// <summary>Gets how many events were dated after <see cref="AsOf"/> and therefore not counted.</summary>
    public int IgnoredFutureEvents { get; private set; }

    /// <summary>
    /// Records an order, or a line of one: lines of one customer with the same <paramref name="orderId"/>
    /// are one order (their amounts summed; a promotion order when any line used one), as in RFM's frequency.
    /// </summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="placedAt">When it was placed.</param>
    /// <param name="amount">Its revenue; negative for a net return.</param>
    /// <param name="withPromotion">Whether a promotion (coupon, discount campaign) was used.</param>
    /// <param name="orderId">The order the line belongs to; <see langword="null"/> or empty: the line is its own order.</param>
    /// <returns>This builder.</returns>
    public CustomerProfileBuilder AddOrder(string customerId, DateTimeOffset placedAt, decimal amount, bool withPromotion = false, string? orderId = null)
    {
        if (For(customerId, placedAt) is { } customer)
        {
            var known = false;
            if (!string.IsNullOrEmpty(orderId))
            {
                customer.OrderIds ??= new(StringComparer.Ordinal);
                known = customer.OrderIds.TryGetValue(orderId, out var promoted);
                withPromotion &= !promoted;
                customer.OrderIds[orderId] = promoted || withPromotion;
            }

            customer.Orders += known ? 0 : 1;
            customer.Revenue += amount;
            customer.PromotionOrders += withPromotion ? 1 : 0;
            customer.FirstOrder = Min(customer.FirstOrder, placedAt);
            customer.LastOrder = Max(customer.LastOrder, placedAt);
        }

        return this;
    }

    /// <summary>Records an interaction that shows interest: a visit, a sign-up, a lead, an enquiry.</summary>
    /// <param name="customerId">The customer (or prospect).</param>
    /// <param name="at">When it happened.</param>
    /// <returns>This builder.</returns>
    public CustomerProfileBuilder AddInteraction(string customerId, DateTimeOffset at)
    {
        if (For(customerId, at) is { } customer)
        {
            customer.Interactions++;
            customer.LastInteraction = Max(customer.LastInteraction, at);
        }

        return this;
    }

    /// <summary>Records a support ticket.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="openedAt">When it was opened.</param>
    /// <param name="isComplaint">Whether it is a complaint.</param>
    /// <param name="isOpen">Whether it is still unresolved.</param>
    /// <returns>This builder.</returns>
    public CustomerProfileBuilder AddTicket(string customerId, DateTimeOffset openedAt, bool isComplaint, bool isOpen)
    {
        if (For(customerId, openedAt) is { } customer)
        {
            customer.OpenTickets += isOpen ? 1 : 0;
            if (isComplaint)
            {
                customer.Complaints++;
                customer.LastComplaint = Max(customer.LastComplaint, openedAt);
            }
        }

        return this;
    }

    /// <summary>Records a review: 4 or 5 stars count as positive, 1 or 2 stars as a complaint.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="at">When it was written.</param>
    /// <param name="stars">The rating, 1..5.</param>
    /// <returns>This builder.</returns>
    public CustomerProfileBuilder AddReview(string customerId, DateTimeOffset at, int stars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stars, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(stars, 5);
        if (For(customerId, at) is { } customer)
        {
            customer.PositiveReviews += stars >= 4 ? 1 : 0;
            if (stars <= 2)
            {
                customer.Complaints++;
                customer.LastComplaint = Max(customer.LastComplaint, at);
            }
        }

        return this;
    }

    /// <summary>Records that the customer referred someone.</summary>
    /// <param name="customerId">The referring customer.</param>
    /// <param name="at">When.</param>
    /// <returns>This builder.</returns>
    public CustomerProfileBuilder AddReferral(string customerId, DateTimeOffset at)
    {
        if (For(customerId, at) is { } customer)
        {
            customer.Referrals++;
        }

        return this;
    }

    /// <summary>Records an NPS answer; the latest one counts.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="at">When it was given.</param>
    /// <param name="score">The answer, 0..10.</param>
    /// <returns>This builder.</returns>
    public CustomerProfileBuilder AddNpsAnswer(string customerId, DateTimeOffset at, int score)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(score);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, 10);
        if (For(customerId, at) is { } customer && (customer.NpsAt is null || at >= customer.NpsAt))
        {
            customer.NpsAt = at;
            customer.Nps = score;
        }

        return this;
    }
}
