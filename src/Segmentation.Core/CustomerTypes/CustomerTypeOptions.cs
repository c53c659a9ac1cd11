using Segmentation.Privacy;

namespace Segmentation.CustomerTypes;

/// <summary>The thresholds of the seven customer types, and the customers to leave out; every one has a documented default.</summary>
/// <remarks>Immutable; derive variations with <c>with</c>. Day counts are whole days before the profile's as-of instant.</remarks>
public sealed record CustomerTypeOptions
{
    /// <summary>Gets the defaults.</summary>
    public static CustomerTypeOptions Default { get; } = new();

    /// <summary>Gets how recent an interaction must be for a customer without orders to be a potential customer.</summary>
    /// <value>The default value is 90 days.</value>
    public int PotentialInteractionDays { get; init; } = 90;

    /// <summary>Gets how recent the first order must be for a new customer.</summary>
    /// <value>The default value is 30 days.</value>
    public int NewCustomerDays { get; init; } = 30;

    /// <summary>Gets the fewest orders of a loyal customer.</summary>
    /// <value>The default value is 4 orders.</value>
    public int LoyalMinOrders { get; init; } = 4;

    /// <summary>Gets how long ago the first order of a loyal customer must be (a sustained period).</summary>
    /// <value>The default value is 180 days.</value>
    public int LoyalMinTenureDays { get; init; } = 180;

    /// <summary>Gets the most days since the last order for a loyal customer to count as still active.</summary>
    /// <value>The default value is 90 days.</value>
    public int LoyalActiveDays { get; init; } = 90;

    /// <summary>Gets the most orders of a casual customer (rare buyers).</summary>
    /// <value>The default value is 2 orders.</value>
    public int CasualMaxOrders { get; init; } = 2;

    /// <summary>Gets the promotion share at or above which any buyer is casual (promotion-driven).</summary>
    /// <value>The default value is 0.5.</value>
    public double CasualPromotionShare { get; init; } = 0.5;

    /// <summary>Gets how many of their own usual gaps a repeat buyer must miss to be lost.</summary>
    /// <value>The default value is 3.</value>
    public double LostRhythmRatio { get; init; } = 3.0;

    /// <summary>Gets the fewest days without an order before any repeat buyer can be lost (so weekly buyers are not lost after a month off).</summary>
    /// <value>The default value is 90 days.</value>
    public int LostMinDays { get; init; } = 90;

    /// <summary>Gets the days without a second order after which a one-time buyer is lost.</summary>
    /// <value>The default value is 180 days.</value>
    public int LostOneTimeBuyerDays { get; init; } = 180;

    /// <summary>Gets how recent a complaint must be for a complaining customer (open tickets always count).</summary>
    /// <value>The default value is 60 days.</value>
    public int ComplaintDays { get; init; } = 60;

    /// <summary>Gets the fewest referrals that make a brand advocate on their own.</summary>
    /// <value>The default value is 1 referral.</value>
    public int AdvocateMinReferrals { get; init; } = 1;

    /// <summary>Gets the fewest positive reviews that make a brand advocate on their own.</summary>
    /// <value>The default value is 2 reviews.</value>
    public int AdvocateMinPositiveReviews { get; init; } = 2;

    /// <summary>Gets the lowest NPS answer of a promoter (the NPS definition: 9 or 10).</summary>
    /// <value>The default value is 9.</value>
    public int PromoterMinNps { get; init; } = 9;

    /// <summary>
    /// Gets the customers who must never appear: they get no profile, no type and no count, and
    /// their activity does not move the as-of instant of a builder created without one.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: nobody is left out.</value>
    public SuppressionList? SuppressionList { get; init; }
}
