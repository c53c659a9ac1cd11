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
            new("Champions", Cells(FM, 55, 54, 45), "Bought recently, buy often and spend the most."),
            new("Loyal", Cells(FM, 53, 44, 35, 34), "Buy regularly and spend well."),
            new("Potential loyalists", Cells(FM, 52, 42, 33, 43), "Recent customers with average frequency and spend."),
            new("Recent", Cells(FM, 51), "Bought very recently, once or little."),
            new("Promising", Cells(FM, 41, 31), "Recent shoppers who have not spent much yet."),
            new("Need attention", Cells(FM, 32, 23, 22), "Average recency, frequency and spend."),
            new("About to sleep", Cells(FM, 21), "Below average recency and low frequency and spend."),
            new("At risk", Cells(FM, 25, 24, 13), "Spent big and often, but long ago."),
            new("Can't lose them", Cells(FM, 15, 14), "Were the best customers, have not returned for a long time."),
            new("Hibernating", Cells(FM, 12), "Last order long ago, low frequency and spend."),
            new("Lost", Cells(FM, 11), "Lowest recency, frequency and spend."),
        ],
        SegmentSetMode.FirstMatch,
        Others);

    /// <summary>Gets the R x F map (10 segments), an exact partition of the R and F scores.</summary>
    public static SegmentSetDocument RecencyFrequency { get; } = new(
        [
            new("Hibernating", new AllCriterion(Range(R, 1, 2), Range(F, 1, 2))),
            new("At risk", new AllCriterion(Range(R, 1, 2), Range(F, 3, 4))),
            new("Can't lose them", new AllCriterion(Range(R, 1, 2), Range(F, 5, 5))),
            new("About to sleep", new AllCriterion(Range(R, 3, 3), Range(F, 1, 2))),
            new("Need attention", new AllCriterion(Range(R, 3, 3), Range(F, 3, 3))),
            new("Loyal customers", new AllCriterion(Range(R, 3, 4), Range(F, 4, 5))),
            new("Promising", new AllCriterion(Range(R, 4, 4), Range(F, 1, 1))),
            new("New customers", new AllCriterion(Range(R, 5, 5), Range(F, 1, 1))),
            new("Potential loyalists", new AllCriterion(Range(R, 4, 5), Range(F, 2, 3))),
            new("Champions", new AllCriterion(Range(R, 5, 5), Range(F, 4, 5))),
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

    private static SegmentDefinition Ranges(string name, int rLow, int rHigh, int fLow, int fHigh, int mLow, int mHigh) =>
        new(name, new AllCriterion(Range(R, rLow, rHigh), Range(F, fLow, fHigh), Range(M, mLow, mHigh)));
}
