using Segmentation.Definitions;

namespace Segmentation.Compilation;

/// <summary>A numeric test rewritten for a field's CLR type: a comparison, or a constant outcome.</summary>
internal readonly record struct Lowered(LoweredKind Kind, ComparisonOperator Operator, object? Value)
{
    internal static Lowered Never => new(LoweredKind.Never, default, null);

    internal static Lowered AnyValue => new(LoweredKind.AnyValue, default, null);

    internal static Lowered Compare(ComparisonOperator op, object value) => new(LoweredKind.Compare, op, value);
}
