using Segmentation.Evaluation;
using Segmentation.Rfm;
using Segmentation.Rfm.Segments;

namespace Segmentation.Cli.Rfm;

/// <summary>
/// The CLI's map from (R, F) scores to named segments: the library's R x F map
/// (<see cref="RfmSegmentMaps.RecencyFrequency"/>), evaluated once per cell into a lookup table so
/// the per-customer path is a table read.
/// </summary>
/// <remarks>
/// The map is an exact partition of the 25 cells of a 1–5 grid (the linter proves it), so segment
/// counts always add up to the number of customers. Scores on another number of bins are first
/// mapped onto the 1–5 grid linearly, lowest to 1 and highest to 5:
/// <c>1 + ((score - 1) * 4 + (bins - 1) / 2) / (bins - 1)</c> (integer division, rounded).
/// </remarks>
internal static class DefaultRfmSegmentMap
{
    /// <summary>Gets the segment names in index order (the library map's order).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. RfmSegmentMaps.RecencyFrequency.Segments.Select(s => s.Name)];

    // Rows: R 1..5; columns: F 1..5; values: index into Names.
    private static readonly byte[,] Grid = BuildGrid();

    /// <summary>Builds the lookup grid now (the first use would otherwise).</summary>
    public static void Prepare() => _ = Grid.Length;

    /// <summary>Gets the segment index of a customer's R and F scores.</summary>
    public static int SegmentOf(int r, int f, int bins) => Grid[ToFive(r, bins) - 1, ToFive(f, bins) - 1];

    private static int ToFive(int score, int bins) => 1 + ((((score - 1) * 4) + ((bins - 1) / 2)) / (bins - 1));

    private static byte[,] BuildGrid()
    {
        var map = RfmSegmentMaps.RecencyFrequency;
        var set = SegmentSet<RfmProfile>.FirstMatch(map.Segments, RfmSegmentMaps.Others, RfmSegmentMaps.Catalog);
        var grid = new byte[5, 5];
        for (var r = 1; r <= 5; r++)
        {
            for (var f = 1; f <= 5; f++)
            {
                // The R x F map does not read M, so any M stands for the whole column of cells.
                var index = set.Match(new RfmProfile(0, null, 0, 0, 0, r, f, 1, (100 * r) + (10 * f) + 1), DateTimeOffset.UnixEpoch).MinIndex;
                grid[r - 1, f - 1] = index < Names.Count
                    ? (byte)index
                    : throw new InvalidOperationException($"The R x F map leaves the cell R{r} F{f} uncovered.");
            }
        }

        return grid;
    }
}
