using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;

namespace Segmentation.Evaluation;

/// <summary>
/// The compiled loops of a set's span paths (see <see cref="SegmentSetFusion.WordLoop"/>), cached by
/// the set's shape like its other delegates; built on first use of a span path.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class SegmentSetLoops<T>
{
    internal SegmentSetLoops(SegmentSetMode mode, IReadOnlyList<CompiledSegment<T>> segments, SegmentCompiler compiler, FieldCatalog catalog, string shape)
    {
        if (mode == SegmentSetMode.FirstMatch)
        {
            First = (SegmentFirstLoop<T>)compiler.GetOrCompile(catalog, typeof(T), "firstloop:" + shape, () => SegmentSetFusion.FirstLoop(segments));
            return;
        }

        Words = new SegmentWordLoop<T>[Math.Max(1, (segments.Count + 63) / 64)];
        for (var w = 0; w < Words.Length; w++)
        {
            var first = w * 64;
            Words[w] = (SegmentWordLoop<T>)compiler.GetOrCompile(catalog, typeof(T), $"allloop{first}:{shape}", () => SegmentSetFusion.WordLoop(segments, first));
        }
    }

    /// <summary>Gets, in all-matches mode, one loop per membership word.</summary>
    internal SegmentWordLoop<T>[]? Words { get; }

    /// <summary>Gets, in first-match mode, the classifying loop.</summary>
    internal SegmentFirstLoop<T>? First { get; }
}
