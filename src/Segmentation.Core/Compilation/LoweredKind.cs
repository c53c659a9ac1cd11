namespace Segmentation.Compilation;

/// <summary>The outcomes of <see cref="NumericLowering"/>.</summary>
internal enum LoweredKind
{
    /// <summary>Compare with the converted value.</summary>
    Compare,

    /// <summary>No value of the field's type passes: the test is false.</summary>
    Never,

    /// <summary>Every present value passes: the test is "has a value".</summary>
    AnyValue,
}
