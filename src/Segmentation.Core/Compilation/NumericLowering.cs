using System.Globalization;
using Segmentation.Definitions;

namespace Segmentation.Compilation;

/// <summary>
/// Converts a decimal literal to a numeric field's CLR type without changing the meaning of the test.
/// </summary>
/// <remarks>
/// Integral fields cannot hold 30.5, so instead of truncating the literal the test is rewritten
/// exactly: <c>age &gt; 30.5</c> becomes <c>age &gt; 30</c>, <c>age &gt;= 30.5</c> becomes
/// <c>age &gt;= 31</c>, <c>age = 30.5</c> never matches and <c>age != 30.5</c> matches every age
/// that is present. Literals outside the type's range are handled the same way. The comparison then
/// runs in the field's own type, in memory and in SQL, with no conversion of the column.
/// </remarks>
internal static class NumericLowering
{
    internal static Lowered Lower(Type type, ComparisonOperator op, decimal literal)
    {
        if (type == typeof(decimal))
        {
            return Lowered.Compare(op, literal);
        }

        if (type == typeof(double))
        {
            return Lowered.Compare(op, (double)literal);
        }

        if (type == typeof(float))
        {
            return Lowered.Compare(op, (float)literal);
        }

        var (min, max) = Range(type);
        var floor = decimal.Floor(literal);
        var ceiling = decimal.Ceiling(literal);
        var exact = floor == literal && literal >= min && literal <= max;
        return op switch
        {
            ComparisonOperator.Equal => exact ? Lowered.Compare(op, To(type, literal)) : Lowered.Never,
            ComparisonOperator.NotEqual => exact ? Lowered.Compare(op, To(type, literal)) : Lowered.AnyValue,
            ComparisonOperator.GreaterThan => floor >= max ? Lowered.Never : floor < min ? Lowered.AnyValue : Lowered.Compare(op, To(type, floor)),
            ComparisonOperator.GreaterThanOrEqual => ceiling > max ? Lowered.Never : ceiling <= min ? Lowered.AnyValue : Lowered.Compare(op, To(type, ceiling)),
            ComparisonOperator.LessThan => ceiling <= min ? Lowered.Never : ceiling > max ? Lowered.AnyValue : Lowered.Compare(op, To(type, ceiling)),
            _ => floor < min ? Lowered.Never : floor >= max ? Lowered.AnyValue : Lowered.Compare(op, To(type, floor)),
        };
    }

    /// <summary>The literal as a value of the field's type, or <see langword="null"/> when no value of the type equals it.</summary>
    internal static object? Exact(Type type, decimal literal)
    {
        var lowered = Lower(type, ComparisonOperator.Equal, literal);
        return lowered.Kind == LoweredKind.Compare ? lowered.Value : null;
    }

    private static object To(Type type, decimal value) => Convert.ChangeType(value, type, CultureInfo.InvariantCulture);

    private static (decimal Min, decimal Max) Range(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Byte => (byte.MinValue, byte.MaxValue),
        TypeCode.SByte => (sbyte.MinValue, sbyte.MaxValue),
        TypeCode.Int16 => (short.MinValue, short.MaxValue),
        TypeCode.UInt16 => (ushort.MinValue, ushort.MaxValue),
        TypeCode.Int32 => (int.MinValue, int.MaxValue),
        TypeCode.UInt32 => (uint.MinValue, uint.MaxValue),
        TypeCode.Int64 => (long.MinValue, long.MaxValue),
        _ => (ulong.MinValue, ulong.MaxValue),
    };
}
