namespace Segmentation.Binding;

/// <summary>Size limits a definition must respect, because definitions are untrusted input.</summary>
/// <remarks>Immutable; use <c>with</c> to derive other limits from <see cref="Default"/>.</remarks>
public sealed record DefinitionLimits
{
    /// <summary>Gets the default limits.</summary>
    public static DefinitionLimits Default { get; } = new();

    /// <summary>Gets the deepest nesting of criteria allowed (a leaf under 64 <c>not</c>s is 65 deep); no tree is deeper than <see cref="Definitions.Criterion.MaxTreeDepth"/> whatever this says.</summary>
    /// <value>The default value is 128.</value>
    public int MaxDepth { get; init; } = BindingConstants.DefaultMaxDepth;

    /// <summary>Gets the most criteria one definition may hold.</summary>
    /// <value>The default value is 50,000.</value>
    public int MaxCriteria { get; init; } = BindingConstants.DefaultMaxCriteria;

    /// <summary>Gets the longest list allowed: children of <c>all</c>/<c>any</c>, values of <c>in</c> or a set test.</summary>
    /// <value>The default value is 10,000.</value>
    public int MaxListLength { get; init; } = BindingConstants.DefaultMaxListLength;

    /// <summary>Gets the longest string value allowed.</summary>
    /// <value>The default value is 4,096 characters.</value>
    public int MaxStringLength { get; init; } = BindingConstants.DefaultMaxStringLength;
}
