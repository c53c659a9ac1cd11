namespace Segmentation;

/// <summary>How a segment with parts a database cannot run is evaluated over a query (<see cref="Compilation.SegmentCapabilities"/>).</summary>
public enum TranslationMode
{
    /// <summary>The whole segment runs in the database; a segment with untranslatable parts is refused with a <see cref="SegmentationException"/> listing them, before any SQL runs.</summary>
    Strict,

    /// <summary>
    /// The translatable parts of the segment's top-level <c>all</c> run in the database as the
    /// query's <c>WHERE</c>; the rows it returns stream through the rest, tested in memory. Only rows
    /// that the database part admits are read.
    /// </summary>
    Split,
}
