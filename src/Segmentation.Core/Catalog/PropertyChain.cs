using System.Linq.Expressions;
using System.Reflection;

namespace Segmentation.Catalog;

/// <summary>
/// A path of public properties from a record to a value (<c>c.Address.City</c>), read null-safely:
/// a missing intermediate object makes the value missing instead of throwing.
/// </summary>
internal static class PropertyChain
{
    /// <summary>Reads the properties of a member-selector lambda; anything else is rejected.</summary>
    internal static PropertyInfo[] FromSelector(LambdaExpression selector)
    {
        var chain = new List<PropertyInfo>();
        var node = selector.Body;
        while (node is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
        {
            node = convert.Operand;
        }

        while (node is MemberExpression { Member: PropertyInfo property } member)
        {
            if (property.GetMethod is not { IsPublic: true, IsStatic: false })
            {
                break;
            }

            chain.Insert(0, property);
            node = member.Expression;
        }

        if (node != selector.Parameters[0] || chain.Count == 0)
        {
            throw new ArgumentException(
                $"'{selector}' is not a member selector. Use a chain of public properties such as c => c.Address.City.",
                nameof(selector));
        }

        return [.. chain];
    }

    /// <summary>The dotted property names of a chain, e.g. <c>Address.City</c>: the key member selectors are matched by.</summary>
    internal static string PathOf(IEnumerable<PropertyInfo> chain) => string.Join('.', chain.Select(p => p.Name));

    /// <summary>The type the chain reads: the last property's type, made nullable when an intermediate object can be missing.</summary>
    internal static Type ResultType(IReadOnlyList<PropertyInfo> chain)
    {
        var type = chain[^1].PropertyType;
        return chain.Count > 1 && type.IsValueType && Nullable.GetUnderlyingType(type) is null
            ? typeof(Nullable<>).MakeGenericType(type)
            : type;
    }

    /// <summary>Builds the null-safe read of the chain from a record expression.</summary>
    internal static Func<Expression, Expression> Accessor(IReadOnlyList<PropertyInfo> chain)
    {
        var resultType = ResultType(chain);
        return record => Build(record, chain, 0, resultType);
    }

    private static Expression Build(Expression target, IReadOnlyList<PropertyInfo> chain, int index, Type resultType)
    {
        var read = Expression.Property(target, chain[index]);
        if (index == chain.Count - 1)
        {
            return read.Type == resultType ? read : Expression.Convert(read, resultType);
        }

        var rest = Build(read, chain, index + 1, resultType);
        return read.Type.IsValueType
            ? rest
            : Expression.Condition(Expression.Equal(read, Expression.Constant(null, read.Type)), Expression.Constant(null, resultType), rest);
    }
}
