using System.Globalization;
using System.Runtime.CompilerServices;
using Segmentation.Compilation;
using Segmentation.Definitions;

namespace Segmentation.Rfm.Segments;

/// <summary>
/// A map of named RFM segments evaluated once per score cell into a lookup table, so naming a
/// customer's segment is one table read: what <see cref="RfmPipeline"/> uses to name segments.
/// </summary>
/// <remarks>
/// The default is <see cref="RfmSegmentMaps.RecencyFrequency"/>, an exact partition of the 25
/// cells of a 1–5 grid, so segment counts always add up to the number of customers. Scores on
/// another number of bins are first mapped onto the 1–5 grid linearly, lowest to 1 and highest
/// to 5: <c>1 + ((score - 1) * 4 + (bins - 1) / 2) / (bins - 1)</c> (integer division, rounded).
/// A caller's map is evaluated at the scored number of bins, first match wins, and customers no
/// segment claims get the map's fallback segment.
/// </remarks>
internal sealed class RfmSegmentTable
{
    // Index (R * stride + F) * stride + M, stride = bins + 1; values index Names.
    private readonly int[] _cells;
    private readonly int _stride;

    private RfmSegmentTable(IReadOnlyList<SegmentDefinition> definitions, IReadOnlyList<string> names, int[] cells, int bins)
    {
        Definitions = definitions;
        Names = names;
        _cells = cells;
        _stride = bins + 1;
        Bins = bins;
    }

    /// <summary>Gets the segment names in index order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Gets the map's segments in index order; a fallback after them has no definition.</summary>
    public IReadOnlyList<SegmentDefinition> Definitions { get; }

    /// <summary>Gets the number of bins the table was built for.</summary>
    public int Bins { get; }

    /// <summary>Builds the table of the default map at <paramref name="bins"/> (projected onto the 1–5 grid).</summary>
    public static RfmSegmentTable Default(int bins)
    {
        var map = RfmSegmentMaps.RecencyFrequency;
        var table = Build(map, bins, (r, f, m) => (ToFive(r, bins), ToFive(f, bins), ToFive(m, bins)));

        // The map is an exact partition (RfmRuleLinter proves it), so the fallback is never used.
        return new RfmSegmentTable(map.Segments, [.. map.Segments.Select(s => s.Name)], table._cells, bins);
    }

    /// <summary>Builds the table of a caller's first-match map over the score fields at <paramref name="bins"/>.</summary>
    /// <exception cref="SegmentationException">The map is not first-match, has no fallback, or reads a field other than the scores.</exception>
    public static RfmSegmentTable For(SegmentSetDocument map, int bins)
    {
        if (map.Mode != SegmentSetMode.FirstMatch || map.Fallback is null)
        {
            throw new SegmentationException(
                "An RFM run gives each customer one segment, so its segment map must be first-match with a fallback name (as the maps of RfmSegmentMaps are).",
                "segmentMap");
        }

        foreach (var segment in map.Segments)
        {
            if (RfmScoreCriteria.FirstNonScoreField(segment.Criteria) is { } other)
            {
                throw new SegmentationException(
                    $"The segment '{segment.Name}' of the segment map names the field '{other}'; a run's map is evaluated per score cell, so it may read r, f, m, rfmCode and frequencyMonetaryScore only.",
                    string.Create(CultureInfo.InvariantCulture, $"segmentMap.{segment.Name}"));
            }
        }

        return Build(map, bins, (r, f, m) => (r, f, m));
    }

    /// <summary>Gets the segment index of one score cell.</summary>
    public int SegmentOf(int r, int f, int m) => _cells[(((r * _stride) + f) * _stride) + m];

    /// <summary>Gets each customer's segment index from its scores.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int[] Assign(ReadOnlySpan<byte> r, ReadOnlySpan<byte> f, ReadOnlySpan<byte> m)
    {
        var stride = _stride;
        var cells = _cells;
        var segments = new int[r.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = cells[(((r[i] * stride) + f[i]) * stride) + m[i]];
        }

        return segments;
    }

    private static RfmSegmentTable Build(SegmentSetDocument map, int bins, Func<int, int, int, (int R, int F, int M)> project)
    {
        var predicates = map.Segments
            .Select(s => SegmentCompiler.Shared.Compile<RfmProfile>(s, RfmSegmentMaps.Catalog).ToPredicate(DateTimeOffset.UnixEpoch))
            .ToArray();
        var stride = bins + 1;
        var cells = new int[stride * stride * stride];
        for (var r = 1; r <= bins; r++)
        {
            for (var f = 1; f <= bins; f++)
            {
                for (var m = 1; m <= bins; m++)
                {
                    var (pr, pf, pm) = project(r, f, m);
                    var profile = RfmScoreCriteria.CellProfile(pr, pf, pm);
                    var index = Array.FindIndex(predicates, p => p(profile));
                    cells[(((r * stride) + f) * stride) + m] = index < 0 ? predicates.Length : index;
                }
            }
        }

        return new RfmSegmentTable(map.Segments, [.. map.Segments.Select(s => s.Name), map.Fallback ?? RfmSegmentMaps.Others], cells, bins);
    }

    private static int ToFive(int score, int bins) => 1 + ((((score - 1) * 4) + ((bins - 1) / 2)) / (bins - 1));
}
