namespace Segmentation.CustomerTypes;

/// <summary>
/// What the seven customer types are defined over: one customer's orders, interactions, support
/// tickets and advocacy, summarised as of one instant.
/// </summary>
/// <remarks>
/// <para>
/// Day counts (<see cref="DaysSinceLastOrder"/> and the like) are whole days up to the profile's
/// as-of instant, so a profile is a snapshot: evaluate the customer types over profiles built for
/// the same as-of instant. <see cref="CustomerProfileBuilder"/> builds profiles from activity; an
/// application that keeps these figures elsewhere maps its own class onto the same field names with
/// a catalog whose field names are those of <see cref="CustomerProfileFields"/>, e.g.
/// <c>FieldCatalog.For&lt;MyCustomer&gt;().Add(c =&gt; c.Orders.Count, CustomerProfileFields.OrderCount)</c>,
/// instead of copying data.
/// </para>
/// <para>Missing values are <see langword="null"/>: a customer without orders has no last order.</para>
/// </remarks>
public sealed record CustomerProfile
{
    /// <summary>Gets the customer's id (an identifier: redacted in explanations, no prefix or ordering tests).</summary>
    [Catalog.FieldClassification(Catalog.FieldClassification.Identifier)]
    public required string CustomerId { get; init; }

    /// <summary>Gets the number of orders (returns excluded).</summary>
    public int OrderCount { get; init; }

    /// <summary>Gets the total revenue of the orders.</summary>
    public decimal Revenue { get; init; }

    /// <summary>Gets how many orders were placed with a promotion (coupon, discount campaign).</summary>
    public int PromotionOrderCount { get; init; }

    /// <summary>Gets the share of orders placed with a promotion, 0..1; <see langword="null"/> without orders.</summary>
    public double? PromotionOrderShare => OrderCount == 0 ? null : (double)PromotionOrderCount / OrderCount;

    /// <summary>Gets the whole days since the first order; <see langword="null"/> without orders.</summary>
    public int? DaysSinceFirstOrder { get; init; }

    /// <summary>Gets the whole days since the last order; <see langword="null"/> without orders.</summary>
    public int? DaysSinceLastOrder { get; init; }

    /// <summary>Gets the customer's buying rhythm: the mean days between consecutive orders; <see langword="null"/> with fewer than two orders.</summary>
    public double? AverageDaysBetweenOrders { get; init; }

    /// <summary>
    /// Gets how overdue the customer is relative to their own rhythm: days since the last order divided
    /// by the mean days between orders (3 means three usual gaps without an order); <see langword="null"/>
    /// with fewer than two orders.
    /// </summary>
    public double? RhythmRatio => DaysSinceLastOrder is { } days && AverageDaysBetweenOrders is > 0 and var gap ? days / gap : null;

    /// <summary>Gets the number of interactions that show interest: visits, sign-ups, leads, enquiries.</summary>
    public int InteractionCount { get; init; }

    /// <summary>Gets the whole days since the last interaction; <see langword="null"/> without interactions.</summary>
    public int? DaysSinceLastInteraction { get; init; }

    /// <summary>Gets the number of support tickets or complaints that are still open.</summary>
    public int OpenTicketCount { get; init; }

    /// <summary>Gets the number of complaints (tickets flagged as complaints, negative reviews), open or resolved.</summary>
    public int ComplaintCount { get; init; }

    /// <summary>Gets the whole days since the last complaint; <see langword="null"/> without complaints.</summary>
    public int? DaysSinceLastComplaint { get; init; }

    /// <summary>Gets the number of customers this customer referred.</summary>
    public int ReferralCount { get; init; }

    /// <summary>Gets the number of positive reviews (4 or 5 stars) the customer wrote.</summary>
    public int PositiveReviewCount { get; init; }

    /// <summary>Gets the customer's latest Net Promoter Score answer, 0..10; <see langword="null"/> when never asked or unanswered.</summary>
    public int? NpsScore { get; init; }
}
