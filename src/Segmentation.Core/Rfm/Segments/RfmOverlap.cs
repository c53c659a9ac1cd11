namespace Segmentation.Rfm.Segments;

/// <summary>A cell that more than one segment of a map matches.</summary>
/// <param name="Cell">The cell.</param>
/// <param name="Segments">The names of every segment matching it, in map order; in first-match use the first one wins.</param>
public sealed record RfmOverlap(RfmCell Cell, IReadOnlyList<string> Segments)
{
    /// <summary>Gets the names of every segment matching the cell, in map order.</summary>
    public IReadOnlyList<string> Segments { get; init; } = Segments ?? throw new ArgumentNullException(nameof(Segments));
}
