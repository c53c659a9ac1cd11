using Segmentation.Compilation;
using Segmentation.Definitions;

namespace Segmentation.Rfm.Segments;

/// <summary>
/// Checks a map of RFM segments over every score cell: which cells no segment covers, which
/// segments can never match because earlier ones shadow them (first-match order), and which cells
/// several segments claim.
/// </summary>
/// <remarks>
/// The map's definitions are compiled over <see cref="RfmProfile"/> and evaluated on one profile
/// per cell. Only the score fields (<c>r</c>, <c>f</c>, <c>m</c>, <c>rfmCode</c>,
/// <c>frequencyMonetaryScore</c>) are meaningful per cell, so a map naming any other field is rejected.
/// </remarks>
public static class RfmRuleLinter
{
    /// <summary>Lints a map of segments at a bin count.</summary>
    /// <param name="segments">The segments, in first-match order.</param>
    /// <param name="bins">Bins per dimension, 2..10; the maps of <see cref="RfmSegmentMaps"/> are written for 5.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="SegmentationException">A definition names a field other than the score fields, or is invalid for <see cref="RfmProfile"/>.</exception>
    public static RfmLintReport Lint(IReadOnlyList<SegmentDefinition> segments, int bins = RfmConstants.DefaultBins)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, RfmConstants.MinBins);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bins, RfmConstants.MaxBins);
        foreach (var segment in segments)
        {
            if (RfmScoreCriteria.FirstNonScoreField(segment.Criteria) is { } other)
            {
                throw new SegmentationException(
                    $"The segment '{segment.Name}' names the field '{other}'; the linter checks maps over score cells only (r, f, m, rfmCode, frequencyMonetaryScore).",
                    segment.Name);
            }
        }

        var predicates = segments.Select(s => SegmentCompiler.Shared.Compile<RfmProfile>(s, RfmSegmentMaps.Catalog).ToPredicate(DateTimeOffset.UnixEpoch)).ToArray();
        var won = new int[segments.Count];
        var uncovered = new List<RfmCell>();
        var overlaps = new List<RfmOverlap>();
        var matching = new List<string>();
        for (var r = 1; r <= bins; r++)
        {
            for (var f = 1; f <= bins; f++)
            {
                for (var m = 1; m <= bins; m++)
                {
                    var profile = RfmScoreCriteria.CellProfile(r, f, m);
                    matching.Clear();
                    for (var i = 0; i < predicates.Length; i++)
                    {
                        if (predicates[i](profile))
                        {
                            won[i] += matching.Count == 0 ? 1 : 0;
                            matching.Add(segments[i].Name);
                        }
                    }

                    if (matching.Count == 0)
                    {
                        uncovered.Add(new RfmCell(r, f, m));
                    }
                    else if (matching.Count > 1)
                    {
                        overlaps.Add(new RfmOverlap(new RfmCell(r, f, m), [.. matching]));
                    }
                }
            }
        }

        var shadowed = segments.Where((_, i) => won[i] == 0).Select(s => s.Name).ToArray();
        var cellsWon = segments.Select((s, i) => new KeyValuePair<string, int>(s.Name, won[i])).ToArray();
        return new RfmLintReport(bins, uncovered, shadowed, overlaps, cellsWon);
    }
}
