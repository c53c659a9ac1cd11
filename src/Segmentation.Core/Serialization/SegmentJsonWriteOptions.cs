namespace Segmentation.Serialization;

/// <summary>Options of writing segment definitions as JSON.</summary>
/// <remarks>Immutable; use <c>with</c> to derive other options from <see cref="Default"/>.</remarks>
public sealed record SegmentJsonWriteOptions
{
    /// <summary>Gets the default options: compact output.</summary>
    public static SegmentJsonWriteOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether the output is indented for people to read.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Indented { get; init; }
}
