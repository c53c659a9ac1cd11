using System.Linq.Expressions;
using System.Reflection;
using Segmentation.Definitions;

namespace Segmentation.Compilation;

/// <summary>Null-safe reads of field values and conversion of literals to field types.</summary>
internal sealed partial class ExpressionWalker
{
    /// <summary>
    /// <paramref name="test"/> applied to the value when it is present, otherwise <see langword="false"/>
    /// (SQL null semantics). In memory a complex read (a nested path, a custom field) is evaluated once.
    /// </summary>
    private Expression WhenPresent(Expression access, Func<Expression, Expression> test)
    {
        var type = access.Type;
        if (type.IsValueType && Nullable.GetUnderlyingType(type) is null)
        {
            return test(access);
        }

        if (_target == CompileTarget.InMemory && !IsSimple(access))
        {
            var variable = Expression.Variable(type, "v");
            return Expression.Block([variable], Expression.Assign(variable, access), Present(variable, test));
        }

        return Present(access, test);
    }

    private BinaryExpression Present(Expression value, Func<Expression, Expression> test)
    {
        if (Nullable.GetUnderlyingType(value.Type) is not null)
        {
            var inner = _target == CompileTarget.InMemory
                ? (Expression)Expression.Call(value, value.Type.GetMethod(nameof(Nullable<int>.GetValueOrDefault), Type.EmptyTypes)!)
                : Expression.Property(value, nameof(Nullable<int>.Value));
            return Expression.AndAlso(Expression.Property(value, nameof(Nullable<int>.HasValue)), test(inner));
        }

        return Expression.AndAlso(Expression.NotEqual(value, Expression.Constant(null, value.Type)), test(value));
    }

    private static Expression HasValue(Expression access)
    {
        var type = access.Type;
        if (type.IsValueType && Nullable.GetUnderlyingType(type) is null)
        {
            return Expression.Constant(true);
        }

        return Nullable.GetUnderlyingType(type) is not null
            ? Expression.Property(access, nameof(Nullable<int>.HasValue))
            : Expression.NotEqual(access, Expression.Constant(null, type));
    }

    private static bool IsSimple(Expression access)
    {
        var node = access;
        while (node is MemberExpression member)
        {
            node = member.Expression;
        }

        return node is ParameterExpression;
    }

    private static Type CoreType(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    /// <summary>A non-numeric literal as a value of the field's CLR type.</summary>
    private static object Literal(Type core, SegmentValue value) => value.Kind switch
    {
        ValueKind.Boolean => value.Boolean,
        ValueKind.String when core.IsEnum => Enum.Parse(core, value.String, ignoreCase: false),
        ValueKind.String => value.String,
        ValueKind.DateTime => TimeValues.ToFieldType(value.DateTime, core),
        ValueKind.Date when core == typeof(DateOnly) => value.Date,
        ValueKind.Date => TimeValues.ToFieldType(new DateTimeOffset(value.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), core),
        _ => throw new InvalidOperationException("Numbers go through NumericLowering."),
    };

    private static ExpressionType ToExpressionType(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => ExpressionType.Equal,
        ComparisonOperator.NotEqual => ExpressionType.NotEqual,
        ComparisonOperator.LessThan => ExpressionType.LessThan,
        ComparisonOperator.LessThanOrEqual => ExpressionType.LessThanOrEqual,
        ComparisonOperator.GreaterThan => ExpressionType.GreaterThan,
        _ => ExpressionType.GreaterThanOrEqual,
    };

    private static MethodInfo Method(Type type, string name, params Type[] parameters) =>
        type.GetMethod(name, parameters) ?? throw new MissingMethodException(type.Name, name);
}
