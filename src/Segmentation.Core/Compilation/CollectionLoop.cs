using System.Linq.Expressions;
using System.Reflection;

namespace Segmentation.Compilation;

/// <summary>
/// A <c>foreach</c> as an expression: by index over arrays and lists (no enumerator allocated),
/// through <see cref="IEnumerable{T}"/> otherwise.
/// </summary>
internal static class CollectionLoop
{
    internal static Expression ForEach(ParameterExpression items, ParameterExpression element, Expression body)
    {
        var type = items.Type;
        if (type.IsArray)
        {
            return ByIndex(items, element, body, Expression.ArrayLength(items), i => Expression.ArrayIndex(items, i));
        }

        if (ListFields(type, element.Type) is var (array, size))
        {
            // A List<T> by its backing array, as CollectionsMarshal.AsSpan reads it: one bounds check
            // per element instead of the indexer's two, and no reload of the list's fields.
            var elements = Expression.Variable(array.FieldType, "elements");
            return Expression.Block(
                [elements],
                Expression.Assign(elements, Expression.Field(items, array)),
                ByIndex(items, element, body, Expression.Field(items, size), i => Expression.ArrayIndex(elements, i)));
        }

        var countProperty = type.GetProperty("Count", typeof(int));
        var indexer = type.GetProperty("Item", element.Type, [typeof(int)]);
        if (countProperty is null || indexer is null)
        {
            var list = type.GetInterfaces().Concat([type]).FirstOrDefault(i => i.IsGenericType
                && (i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) || i.GetGenericTypeDefinition() == typeof(IList<>))
                && i.GetGenericArguments()[0] == element.Type);
            if (list is not null)
            {
                var viaInterface = Expression.Convert(items, list);
                countProperty = (list.GetGenericTypeDefinition() == typeof(IList<>) ? typeof(ICollection<>).MakeGenericType(element.Type) : typeof(IReadOnlyCollection<>).MakeGenericType(element.Type)).GetProperty("Count")!;
                indexer = list.GetProperty("Item")!;
                return ByIndex(items, element, body, Expression.Property(Expression.Convert(items, countProperty.DeclaringType!), countProperty), i => Expression.Property(viaInterface, indexer, i));
            }

            return ByEnumerator(items, element, body);
        }

        return ByIndex(items, element, body, Expression.Property(items, countProperty), i => Expression.Property(items, indexer, i));
    }

    /// <summary>The backing array and size fields of <c>List&lt;T&gt;</c>; <see langword="null"/> for other types or if a runtime names them differently.</summary>
    private static (FieldInfo Array, FieldInfo Size)? ListFields(Type type, Type element)
    {
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(List<>) || type.GetGenericArguments()[0] != element)
        {
            return null;
        }

        var array = type.GetField("_items", BindingFlags.Instance | BindingFlags.NonPublic);
        var size = type.GetField("_size", BindingFlags.Instance | BindingFlags.NonPublic);
        return array?.FieldType == element.MakeArrayType() && size?.FieldType == typeof(int) ? (array, size) : null;
    }

    private static BlockExpression ByIndex(ParameterExpression items, ParameterExpression element, Expression body, Expression length, Func<Expression, Expression> itemAt)
    {
        var i = Expression.Variable(typeof(int), "i");
        var n = Expression.Variable(typeof(int), "n");
        var end = Expression.Label("end");
        return Expression.Block(
            [i, n, element],
            Expression.Assign(i, Expression.Constant(0)),
            Expression.Assign(n, length),
            Expression.Loop(
                Expression.IfThenElse(
                    Expression.LessThan(i, n),
                    Expression.Block(Expression.Assign(element, itemAt(i)), body, Expression.PreIncrementAssign(i)),
                    Expression.Break(end)),
                end));
    }

    private static BlockExpression ByEnumerator(ParameterExpression items, ParameterExpression element, Expression body)
    {
        var enumerableType = typeof(IEnumerable<>).MakeGenericType(element.Type);
        var enumeratorType = typeof(IEnumerator<>).MakeGenericType(element.Type);
        var enumerator = Expression.Variable(enumeratorType, "enumerator");
        var end = Expression.Label("end");
        return Expression.Block(
            [enumerator, element],
            Expression.Assign(enumerator, Expression.Call(Expression.Convert(items, enumerableType), enumerableType.GetMethod(nameof(IEnumerable<int>.GetEnumerator))!)),
            Expression.TryFinally(
                Expression.Loop(
                    Expression.IfThenElse(
                        Expression.Call(enumerator, typeof(System.Collections.IEnumerator).GetMethod(nameof(System.Collections.IEnumerator.MoveNext))!),
                        Expression.Block(Expression.Assign(element, Expression.Property(enumerator, nameof(IEnumerator<int>.Current))), body),
                        Expression.Break(end)),
                    end),
                Expression.Call(enumerator, typeof(IDisposable).GetMethod(nameof(IDisposable.Dispose))!)));
    }
}
