namespace Segmentation.CustomerTypes;

/// <summary>
/// The field names the customer types use: the catalog names of <see cref="CustomerProfile"/>'s
/// properties. Map your own class onto them to use the customer types without copying data.
/// </summary>
public static class CustomerProfileFields
{
    /// <summary>The number of orders (<see cref="CustomerProfile.OrderCount"/>).</summary>
    public const string OrderCount = "orderCount";

    /// <summary>Total revenue (<see cref="CustomerProfile.Revenue"/>).</summary>
    public const string Revenue = "revenue";

    /// <summary>Share of orders with a promotion (<see cref="CustomerProfile.PromotionOrderShare"/>).</summary>
    public const string PromotionOrderShare = "promotionOrderShare";

    /// <summary>Days since the first order (<see cref="CustomerProfile.DaysSinceFirstOrder"/>).</summary>
    public const string DaysSinceFirstOrder = "daysSinceFirstOrder";

    /// <summary>Days since the last order (<see cref="CustomerProfile.DaysSinceLastOrder"/>).</summary>
    public const string DaysSinceLastOrder = "daysSinceLastOrder";

    /// <summary>Days since the last order over the mean gap between orders (<see cref="CustomerProfile.RhythmRatio"/>).</summary>
    public const string RhythmRatio = "rhythmRatio";

    /// <summary>The number of interactions (<see cref="CustomerProfile.InteractionCount"/>).</summary>
    public const string InteractionCount = "interactionCount";

    /// <summary>Days since the last interaction (<see cref="CustomerProfile.DaysSinceLastInteraction"/>).</summary>
    public const string DaysSinceLastInteraction = "daysSinceLastInteraction";

    /// <summary>Open tickets (<see cref="CustomerProfile.OpenTicketCount"/>).</summary>
    public const string OpenTicketCount = "openTicketCount";

    /// <summary>Days since the last complaint (<see cref="CustomerProfile.DaysSinceLastComplaint"/>).</summary>
    public const string DaysSinceLastComplaint = "daysSinceLastComplaint";

    /// <summary>Referrals made (<see cref="CustomerProfile.ReferralCount"/>).</summary>
    public const string ReferralCount = "referralCount";

    /// <summary>Positive reviews written (<see cref="CustomerProfile.PositiveReviewCount"/>).</summary>
    public const string PositiveReviewCount = "positiveReviewCount";

    /// <summary>The latest NPS answer (<see cref="CustomerProfile.NpsScore"/>).</summary>
    public const string NpsScore = "npsScore";
}
