using Segmentation.Definitions;

namespace Segmentation.CustomerTypes;

/// <summary>
/// The seven customer types businesses talk about, as ordinary segment definitions over the
/// <see cref="CustomerProfile"/> field names: exportable as JSON, explainable, editable.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Definitions"/> lists them in priority order for exclusive (first-match) use, with
/// <see cref="CustomerTypeNames.Other"/> as the fallback: Complaining first (service comes before
/// marketing), then Lost, Brand advocate, New, Loyal, Casual and Potential. Used overlapping
/// (all matches), a customer can be, say, Loyal, Complaining and a Brand advocate at once.
/// </para>
/// <para>Every threshold comes from <see cref="CustomerTypeOptions"/>.</para>
/// </remarks>
public static class CustomerTypeDefinitions
{
    /// <summary>Creates the seven definitions in priority order.</summary>
    /// <param name="options">Thresholds; <see cref="CustomerTypeOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>Complaining, Lost, Brand advocate, New, Loyal, Casual, Potential.</returns>
    public static IReadOnlyList<SegmentDefinition> Definitions(CustomerTypeOptions? options = null)
    {
        var o = options ?? CustomerTypeOptions.Default;
        return
        [
            Complaining(o),
            Lost(o),
            BrandAdvocate(o),
            New(o),
            Loyal(o),
            Casual(o),
            Potential(o),
        ];
    }

    /// <summary>Creates the Potential definition: no order yet, a recent interaction.</summary>
    /// <param name="o">Thresholds.</param>
    /// <returns>The definition.</returns>
    public static SegmentDefinition Potential(CustomerTypeOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(CustomerTypeNames.Potential, new AllCriterion(
            Compare(CustomerProfileFields.OrderCount, ComparisonOperator.Equal, 0),
            Compare(CustomerProfileFields.InteractionCount, ComparisonOperator.GreaterThanOrEqual, 1),
            Compare(CustomerProfileFields.DaysSinceLastInteraction, ComparisonOperator.LessThanOrEqual, o.PotentialInteractionDays)),
            $"No order yet, and an interaction (visit, sign-up, lead) in the last {o.PotentialInteractionDays} days.");
    }

    /// <summary>Creates the New definition: the first order is recent.</summary>
    /// <param name="o">Thresholds.</param>
    /// <returns>The definition.</returns>
    public static SegmentDefinition New(CustomerTypeOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(CustomerTypeNames.New, new AllCriterion(
            Compare(CustomerProfileFields.OrderCount, ComparisonOperator.GreaterThanOrEqual, 1),
            Compare(CustomerProfileFields.DaysSinceFirstOrder, ComparisonOperator.LessThanOrEqual, o.NewCustomerDays)),
            $"First order in the last {o.NewCustomerDays} days.");
    }

    /// <summary>Creates the Loyal definition: repeat orders over a sustained period, still active.</summary>
    /// <param name="o">Thresholds.</param>
    /// <returns>The definition.</returns>
    public static SegmentDefinition Loyal(CustomerTypeOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(CustomerTypeNames.Loyal, new AllCriterion(
            Compare(CustomerProfileFields.OrderCount, ComparisonOperator.GreaterThanOrEqual, o.LoyalMinOrders),
            Compare(CustomerProfileFields.DaysSinceFirstOrder, ComparisonOperator.GreaterThanOrEqual, o.LoyalMinTenureDays),
            Compare(CustomerProfileFields.DaysSinceLastOrder, ComparisonOperator.LessThanOrEqual, o.LoyalActiveDays)),
            $"At least {o.LoyalMinOrders} orders, the first at least {o.LoyalMinTenureDays} days ago, the last within {o.LoyalActiveDays} days.");
    }

    /// <summary>Creates the Casual definition: few orders, or mostly promotion-driven ones.</summary>
    /// <param name="o">Thresholds.</param>
    /// <returns>The definition.</returns>
    public static SegmentDefinition Casual(CustomerTypeOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(CustomerTypeNames.Casual, new AllCriterion(
            Compare(CustomerProfileFields.OrderCount, ComparisonOperator.GreaterThanOrEqual, 1),
            new AnyCriterion(
                Compare(CustomerProfileFields.OrderCount, ComparisonOperator.LessThanOrEqual, o.CasualMaxOrders),
                Compare(CustomerProfileFields.PromotionOrderShare, ComparisonOperator.GreaterThanOrEqual, (decimal)o.CasualPromotionShare))),
            FormattableString.Invariant($"At most {o.CasualMaxOrders} orders, or at least {o.CasualPromotionShare:P0} of orders placed with a promotion."));
    }

    /// <summary>Creates the Lost definition: long without an order relative to the customer's own rhythm.</summary>
    /// <param name="o">Thresholds.</param>
    /// <returns>The definition.</returns>
    public static SegmentDefinition Lost(CustomerTypeOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(CustomerTypeNames.Lost, new AnyCriterion(
            new AllCriterion(
                Compare(CustomerProfileFields.OrderCount, ComparisonOperator.GreaterThanOrEqual, 2),
                Compare(CustomerProfileFields.DaysSinceLastOrder, ComparisonOperator.GreaterThanOrEqual, o.LostMinDays),
                Compare(CustomerProfileFields.RhythmRatio, ComparisonOperator.GreaterThanOrEqual, (decimal)o.LostRhythmRatio)),
            new AllCriterion(
                Compare(CustomerProfileFields.OrderCount, ComparisonOperator.Equal, 1),
                Compare(CustomerProfileFields.DaysSinceLastOrder, ComparisonOperator.GreaterThanOrEqual, o.LostOneTimeBuyerDays))),
            FormattableString.Invariant($"Repeat buyers: {o.LostRhythmRatio} usual gaps and at least {o.LostMinDays} days without an order; one-time buyers: {o.LostOneTimeBuyerDays} days."));
    }

    /// <summary>Creates the Complaining definition: an open ticket or a recent complaint.</summary>
    /// <param name="o">Thresholds.</param>
    /// <returns>The definition.</returns>
    public static SegmentDefinition Complaining(CustomerTypeOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(CustomerTypeNames.Complaining, new AnyCriterion(
            Compare(CustomerProfileFields.OpenTicketCount, ComparisonOperator.GreaterThanOrEqual, 1),
            Compare(CustomerProfileFields.DaysSinceLastComplaint, ComparisonOperator.LessThanOrEqual, o.ComplaintDays)),
            $"An open ticket, or a complaint in the last {o.ComplaintDays} days.");
    }

    /// <summary>Creates the Brand advocate definition: referrals, positive reviews or a promoter NPS answer.</summary>
    /// <param name="o">Thresholds.</param>
    /// <returns>The definition.</returns>
    public static SegmentDefinition BrandAdvocate(CustomerTypeOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(CustomerTypeNames.BrandAdvocate, new AnyCriterion(
            Compare(CustomerProfileFields.ReferralCount, ComparisonOperator.GreaterThanOrEqual, o.AdvocateMinReferrals),
            Compare(CustomerProfileFields.PositiveReviewCount, ComparisonOperator.GreaterThanOrEqual, o.AdvocateMinPositiveReviews),
            Compare(CustomerProfileFields.NpsScore, ComparisonOperator.GreaterThanOrEqual, o.PromoterMinNps)),
            $"At least {o.AdvocateMinReferrals} referral, {o.AdvocateMinPositiveReviews} positive reviews, or an NPS answer of {o.PromoterMinNps} or more.");
    }

    private static ComparisonCriterion Compare(string field, ComparisonOperator op, decimal value) =>
        new(field, op, SegmentValue.FromNumber(value));
}
