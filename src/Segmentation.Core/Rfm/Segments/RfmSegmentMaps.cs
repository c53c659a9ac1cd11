using Segmentation.Catalog;
using Segmentation.Definitions;
using static Segmentation.Rfm.Segments.RfmScoreCriteria;

namespace Segmentation.Rfm.Segments;

/// <summary>
/// Named RFM segments as ordinary segment definitions over <see cref="RfmProfile"/>: JSON, explainable,
/// editable. All three maps assume 5 bins; <see cref="RfmRuleLinter"/> checks any map at any bin count.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="Default"/>: the R x FM grid, 11 segments, an exact partition of all 125 cells.</item>
/// <item><see cref="RecencyFrequency"/>: the R x F map, 10 segments, an exact partition (M is not used).</item>
/// <item><see cref="ElevenSegmentTable"/>: the widely copied table (rfm 0.2.x, Putler), as a first-match list;
/// it is not a partition: the linter shows its 36 uncovered cells and 4 shadowed segments.</item>
/// </list>
/// </remarks>
public static class RfmSegmentMaps
{
    /// <summary>The name of the fallback segment of the maps.</summary>
    public const string Others = "Others";

    /// <summary>Gets the catalog of <see cref="RfmProfile"/> fields the maps are written over.</summary>
    public static FieldCatalog Catalog { get; } = FieldCatalog.FromType<RfmProfile>(o => o.IncludeAll());

    /// <summary>Gets the default map: the R x FM grid (FM = <see cref="RfmProfile.FrequencyMonetaryScore"/>), an exact partition.</summary>
    public static SegmentSetDocument Default { get; } = new(
        [
            new("Champions", Cells(FM, 55, 54, 45), "Bought recently, buy often and spend the most.") { Action = "Reward them: early access, exclusive offers; ask for referrals and reviews." },
            new("Loyal", Cells(FM, 53, 44, 35, 34), "Buy regularly and spend well.") { Action = "Upsell higher-value products and invite them to a loyalty programme." },
            new("Potential loyalists", Cells(FM, 52, 42, 33, 43), "Recent customers with average frequency and spend.") { Action = "Offer membership or a loyalty programme and recommend related products." },
            new("Recent", Cells(FM, 51), "Bought very recently, once or little.") { Action = "Welcome them and help them succeed with the first purchase; no hard sell yet." },
            new("Promising", Cells(FM, 41, 31), "Recent shoppers who have not spent much yet.") { Action = "Build the habit: onboarding content and a second-order incentive." },
            new("Need attention", Cells(FM, 32, 23, 22), "Average recency, frequency and spend.") { Action = "Keep them buying: a personalised recommendation or a limited-time offer." },
            new("About to sleep", Cells(FM, 21), "Below average recency and low frequency and spend.") { Action = "Re-engage with a reminder of popular products and a discount." },
            new("At risk", Cells(FM, 25, 24, 13), "Spent big and often, but long ago.") { Action = "Send a personal win-back message with a reason to return before they lapse." },
            new("Can't lose them", Cells(FM, 15, 14), "Were the best customers, have not returned for a long time.") { Action = "Win them back first: reach out personally and offer something worth returning for." },
            new("Hibernating", Cells(FM, 12), "Last order long ago, low frequency and spend.") { Action = "Win them back with a low-cost reactivation offer, or let them go." },
            new("Lost", Cells(FM, 11), "Lowest recency, frequency and spend.") { Action = "Try one last win-back campaign; otherwise stop spending on them." },
        ],
        SegmentSetMode.FirstMatch,
        Others);

    /// <summary>Gets the R x F map (10 segments), an exact partition of the R and F scores.</summary>
    public static SegmentSetDocument RecencyFrequency { get; } = new(
        [
            Rf("Hibernating", 1, 2, 1, 2, "Bought little, and long ago.", "Win them back with a low-cost reactivation offer; stop paid retargeting if they do not respond."),
            Rf("At risk", 1, 2, 3, 4, "Bought regularly, but not for a long time.", "Send a personal win-back message with a reason to return before they lapse."),
            Rf("Can't lose them", 1, 2, 5, 5, "Were among the most frequent buyers and have not returned for a long time.", "Win them back first: call or write personally, ask what went wrong, offer something worth returning for."),
            Rf("About to sleep", 3, 3, 1, 2, "Below-average recency and few orders.", "Re-engage with a reminder of popular products and a limited-time offer."),
            Rf("Need attention", 3, 3, 3, 3, "Average recency and frequency.", "Keep them buying: a personalised recommendation or a small incentive for the next order."),
            Rf("Loyal customers", 3, 4, 4, 5, "Buy often and have bought fairly recently.", "Upsell higher-value products, ask for reviews, invite them to a loyalty programme."),
            Rf("Promising", 4, 4, 1, 1, "Bought recently, once.", "Build the habit: onboarding content and a second-order incentive."),
            Rf("New customers", 5, 5, 1, 1, "Bought very recently, for the first time.", "Welcome them and help them succeed with the first purchase; no hard sell yet."),
            Rf("Potential loyalists", 4, 5, 2, 3, "Recent customers who have bought a few times.", "Offer membership or a loyalty programme and recommend related products."),
            Rf("Champions", 5, 5, 4, 5, "Bought most recently and most often.", "Reward them: early access, exclusive offers; ask for referrals and reviews."),
        ],
        SegmentSetMode.FirstMatch,
        Others);

    /// <summary>Gets the widely copied 11-segment table (rfm 0.2.x vignette, Putler) as a first-match list with fallback <see cref="Others"/>.</summary>
    public static SegmentSetDocument ElevenSegmentTable { get; } = new(
        [
            Ranges("Champions", 4, 5, 4, 5, 4, 5),
            Ranges("Loyal Customers", 2, 5, 3, 5, 3, 5),
            Ranges("Potential Loyalist", 3, 5, 1, 3, 1, 3),
            Ranges("New Customers", 4, 5, 1, 1, 1, 1),
            Ranges("Promising", 3, 4, 1, 1, 1, 1),
            Ranges("Need Attention", 2, 3, 2, 3, 2, 3),
            Ranges("About To Sleep", 2, 3, 1, 2, 1, 2),
            Ranges("At Risk", 1, 2, 2, 5, 2, 5),
            Ranges("Can't Lose Them", 1, 1, 4, 5, 4, 5),
            Ranges("Hibernating", 1, 2, 1, 2, 1, 2),
            Ranges("Lost", 1, 2, 1, 2, 1, 2),
        ],
        SegmentSetMode.FirstMatch,
        Others);

    private static SegmentDefinition Rf(string name, int rLow, int rHigh, int fLow, int fHigh, string description, string action) =>
        new(name, new AllCriterion(Range(R, rLow, rHigh), Range(F, fLow, fHigh)), description) { Action = action };

    private static SegmentDefinition Ranges(string name, int rLow, int rHigh, int fLow, int fHigh, int mLow, int mHigh) =>
        new(name, new AllCriterion(Range(R, rLow, rHigh), Range(F, fLow, fHigh), Range(M, mLow, mHigh)));
}
