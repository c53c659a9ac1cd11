using System.Collections.Frozen;
using System.Linq.Expressions;
using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Compilation;

/// <summary>Comparisons, ranges, lists, null checks and time windows.</summary>
internal sealed partial class ExpressionWalker
{
    /// <summary>In memory, lists up to this length are tested by equality rather than by a hash set.</summary>
    private const int SmallList = 4;

    private Expression Comparison(ComparisonCriterion node, Expression record, FieldCatalog catalog)
    {
        var field = Use(catalog, node.Field);
        _shape.Append("cmp(").Append(field.Name).Append(' ').Append(JsonNames.Of(node.Operator)).Append(' ');
        var result = Compare(field.Access(record), node.Operator, node.Value);
        _shape.Append(')');
        return result;
    }

    /// <summary>A present value compared with a literal; numeric literals are lowered to the field's type.</summary>
    private Expression Compare(Expression access, ComparisonOperator op, SegmentValue literal)
    {
        var core = CoreType(access.Type);
        if (literal.Kind != ValueKind.Number)
        {
            return WhenPresent(access, v => Expression.MakeBinary(ToExpressionType(op), v, EqualityOperand(Literal(core, literal), core)));
        }

        var lowered = NumericLowering.Lower(core, op, literal.Number);
        _shape.Append(lowered.Kind);
        return lowered.Kind switch
        {
            LoweredKind.Never => Expression.Constant(false),
            LoweredKind.AnyValue => HasValue(access),
            _ => WhenPresent(access, v => Expression.MakeBinary(ToExpressionType(lowered.Operator), v, Slot(lowered.Value, core))),
        };
    }

    private Expression Between(BetweenCriterion node, Expression record, FieldCatalog catalog)
    {
        var field = Use(catalog, node.Field);
        _shape.Append("between(").Append(field.Name);
        var access = field.Access(record);

        // In memory a complex read (a nested path, a custom field) is made once for both bounds.
        var read = _target == CompileTarget.InMemory && !IsSimple(access) ? Expression.Variable(access.Type, "v") : null;
        var low = Compare(read ?? access, ComparisonOperator.GreaterThanOrEqual, node.Low);
        var high = Compare(read ?? access, ComparisonOperator.LessThanOrEqual, node.High);
        _shape.Append(')');

        // Each side already requires a present value.
        var both = Expression.AndAlso(low, high);
        return read is null ? both : Expression.Block([read], Expression.Assign(read, access), both);
    }

    private Expression In(InCriterion node, Expression record, FieldCatalog catalog)
    {
        var field = Use(catalog, node.Field);
        var access = field.Access(record);
        var core = CoreType(access.Type);
        var values = node.Values
            .Select(v => v.Kind == ValueKind.Number ? NumericLowering.Exact(core, v.Number) : Literal(core, v))
            .Where(v => v is not null)
            .Distinct()
            .ToArray();
        _shape.Append(node.Negated ? "notIn(" : "in(").Append(field.Name);
        Expression result;
        if (values.Length == 0)
        {
            // No value of the field's type is in the list (e.g. 2.5 for an integer field).
            _shape.Append(" none");
            result = node.Negated ? HasValue(access) : Expression.Constant(false);
        }
        else
        {
            result = WhenPresent(access, v =>
            {
                var contains = Contains(values, core, v);
                return node.Negated ? Expression.Not(contains) : contains;
            });
        }

        _shape.Append(')');
        return result;
    }

    /// <summary>EF-translatable <c>Enumerable.Contains(array, v)</c>, or a frozen hash set in memory.</summary>
    private Expression Contains(object?[] values, Type core, Expression value)
    {
        if (_target == CompileTarget.InMemory && values.Length <= SmallList)
        {
            // A few equality tests beat hashing the value; the list length is part of the shape.
            _shape.Append(" small").Append(values.Length);
            return BalancedTree.Join([.. values.Select(v => (Expression)Expression.Equal(value, EqualityOperand(v, core)))], ExpressionType.OrElse);
        }

        var array = Array.CreateInstance(core, values.Length);
        Array.Copy(values, array, values.Length);
        if (_target == CompileTarget.Query)
        {
            var contains = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(core);
            return Expression.Call(contains, Slot(array, array.GetType()), value);
        }

        var setType = typeof(FrozenSet<>).MakeGenericType(core);
        var toFrozen = typeof(FrozenSet).GetMethods()
            .Single(m => m.Name == nameof(FrozenSet.ToFrozenSet) && m.GetParameters().Length == 2)
            .MakeGenericMethod(core);
        var set = toFrozen.Invoke(null, [array, null])!;
        return Expression.Call(Slot(set, setType), Method(setType, nameof(FrozenSet<int>.Contains), core), value);
    }

    private Expression NullCheck(NullCheckCriterion node, Expression record, FieldCatalog catalog)
    {
        var field = Use(catalog, node.Field);
        _shape.Append(node.IsNull ? "isNull(" : "hasValue(").Append(field.Name).Append(')');
        var hasValue = HasValue(field.Access(record));
        return node.IsNull ? Expression.Not(hasValue) : hasValue;
    }

    private Expression Time(TimeWindowCriterion node, Expression record, FieldCatalog catalog)
    {
        var field = Use(catalog, node.Field);
        _shape.Append("time(").Append(field.Name).Append(' ').Append(node.Window.Kind);
        var access = field.Access(record);
        var core = CoreType(access.Type);
        var window = node.Window;
        var result = window.Kind switch
        {
            TimeWindowKind.Last => WhenPresent(access, v => Expression.AndAlso(
                Expression.GreaterThanOrEqual(v, TimeSlot(window, isEnd: false, core)),
                Expression.LessThanOrEqual(v, TimeSlot(window, isEnd: true, core)))),
            TimeWindowKind.OlderThan => WhenPresent(access, v => Expression.LessThan(v, TimeSlot(window, isEnd: false, core))),
            _ => WhenPresent(access, v => Expression.AndAlso(
                Expression.GreaterThanOrEqual(v, Slot(TimeValues.ToFieldType(window.From, core), core)),
                Expression.LessThanOrEqual(v, Slot(TimeValues.ToFieldType(window.To, core), core)))),
        };
        _shape.Append(')');
        return result;
    }
}
