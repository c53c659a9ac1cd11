namespace Segmentation.Cli.Rfm;

/// <summary>
/// The CLI's interim map from (R, F) scores to named segments, until the library ships its
/// segment definitions over RfmProfile; swap this one file for the library's map then.
/// </summary>
/// <remarks>
/// The widely copied 10-segment R×F map (docs/cli.md), an exact partition of the 25 cells of
/// a 1–5 grid: every (R, F) pair is in exactly one segment, so segment counts always add up to
/// the number of customers. Scores on another number of bins are first mapped onto the 1–5
/// grid linearly, lowest to 1 and highest to 5:
/// <c>1 + ((score - 1) * 4 + (bins - 1) / 2) / (bins - 1)</c> (integer division, rounded).
/// </remarks>
internal static class DefaultRfmSegmentMap
{
    /// <summary>Gets the segment names in index order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "Champions",
        "Loyal",
        "Potential loyalists",
        "New",
        "Promising",
        "Need attention",
        "About to sleep",
        "At risk",
        "Can't lose",
        "Hibernating",
    ];

    // Rows: R 1..5; columns: F 1..5; values: index into Names.
    private static readonly byte[,] Grid =
    {
        { 9, 9, 7, 7, 8 }, // R1: hibernating F1-2, at risk F3-4, can't lose F5
        { 9, 9, 7, 7, 8 }, // R2
        { 6, 6, 5, 1, 1 }, // R3: about to sleep F1-2, need attention F3, loyal F4-5
        { 4, 2, 2, 1, 1 }, // R4: promising F1, potential loyalists F2-3, loyal F4-5
        { 3, 2, 2, 0, 0 }, // R5: new F1, potential loyalists F2-3, champions F4-5
    };

    /// <summary>Gets the segment index of a customer's R and F scores.</summary>
    public static int SegmentOf(int r, int f, int bins) => Grid[ToFive(r, bins) - 1, ToFive(f, bins) - 1];

    private static int ToFive(int score, int bins) => 1 + ((((score - 1) * 4) + ((bins - 1) / 2)) / (bins - 1));
}
