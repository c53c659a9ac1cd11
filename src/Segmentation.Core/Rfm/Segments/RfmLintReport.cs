using System.Globalization;
using System.Text;

namespace Segmentation.Rfm.Segments;

/// <summary>What the <see cref="RfmRuleLinter"/> found in a segment map, over every score cell.</summary>
/// <remarks>Immutable. A map is an exact partition when no cell is uncovered and no cell is matched twice.</remarks>
public sealed class RfmLintReport
{
    internal RfmLintReport(int bins, IReadOnlyList<RfmCell> uncovered, IReadOnlyList<string> shadowed, IReadOnlyList<RfmOverlap> overlaps, IReadOnlyList<KeyValuePair<string, int>> cellsWon)
    {
        Bins = bins;
        UncoveredCells = uncovered;
        ShadowedSegments = shadowed;
        Overlaps = overlaps;
        CellsWon = cellsWon;
    }

    /// <summary>Gets the number of bins per dimension the map was checked at.</summary>
    public int Bins { get; }

    /// <summary>Gets the cells no segment matches (they fall to the fallback, e.g. "Others").</summary>
    public IReadOnlyList<RfmCell> UncoveredCells { get; }

    /// <summary>Gets the segments that never win a cell in first-match order: earlier segments shadow them.</summary>
    public IReadOnlyList<string> ShadowedSegments { get; }

    /// <summary>Gets the cells matched by more than one segment.</summary>
    public IReadOnlyList<RfmOverlap> Overlaps { get; }

    /// <summary>Gets, per segment in map order, how many cells it wins in first-match order.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> CellsWon { get; }

    /// <summary>Gets a value indicating whether every cell is matched by exactly one segment.</summary>
    public bool IsExactPartition => UncoveredCells.Count == 0 && Overlaps.Count == 0;

    /// <summary>Renders the findings as text.</summary>
    /// <returns>A short report: verdict, uncovered cells, shadowed segments, overlaps, cells won.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        var cells = Bins * Bins * Bins;
        text.AppendLine(CultureInfo.InvariantCulture, $"{cells} cells ({Bins} bins): {(IsExactPartition ? "an exact partition" : "not a partition")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"uncovered: {UncoveredCells.Count}{(UncoveredCells.Count == 0 ? string.Empty : " (" + string.Join(' ', UncoveredCells.Take(40)) + (UncoveredCells.Count > 40 ? " ..." : string.Empty) + ")")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"shadowed: {(ShadowedSegments.Count == 0 ? "none" : string.Join(", ", ShadowedSegments))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"overlapping cells: {Overlaps.Count}");
        foreach (var (name, won) in CellsWon)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {name}: {won} cells");
        }

        return text.ToString();
    }
}
