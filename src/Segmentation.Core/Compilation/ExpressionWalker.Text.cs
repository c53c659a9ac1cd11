using System.Collections.Frozen;
using System.Linq.Expressions;
using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Compilation;

/// <summary>String tests and string-set tests.</summary>
internal sealed partial class ExpressionWalker
{
    private Expression Text(TextCriterion node, Expression record, FieldCatalog catalog, string path)
    {
        var field = Use(catalog, node.Field);
        if (_target == CompileTarget.Query && !node.IgnoreCase && node.Operator is TextOperator.StartsWith or TextOperator.EndsWith && node.Value.Any(char.IsSurrogate))
        {
            // The exact prefix test compares lengths, which .NET counts in UTF-16 units and SQL in
            // characters; they differ for such letters, and the answer would silently differ.
            throw new DefinitionException(
                path + ".value",
                $"a case-sensitive {JsonNames.Of(node.Operator)} with a character outside the Basic Multilingual Plane (an emoji, a historic script) cannot run in a database exactly.",
                "Evaluate this segment in memory, or use 'contains', or 'ignoreCase': true.");
        }

        _shape.Append("text(").Append(field.Name).Append(' ').Append(JsonNames.Of(node.Operator)).Append(node.IgnoreCase ? " ci " : " cs ");
        var result = WhenPresent(field.Access(record), v => _target == CompileTarget.InMemory ? TextInMemory(node, v) : TextQuery(node, v));
        _shape.Append(')');
        return result;
    }

    /// <summary>Ordinal or ordinal-ignore-case comparisons: no allocation per record.</summary>
    private MethodCallExpression TextInMemory(TextCriterion node, Expression value)
    {
        var comparison = Expression.Constant(node.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        var literal = Slot(node.Value, typeof(string));
        var s = typeof(string);
        var sc = typeof(StringComparison);
        return node.Operator switch
        {
            TextOperator.Equal => Expression.Call(Method(s, nameof(string.Equals), s, s, sc), value, literal, comparison),
            TextOperator.StartsWith => Expression.Call(value, Method(s, nameof(string.StartsWith), s, sc), literal, comparison),
            TextOperator.EndsWith => Expression.Call(value, Method(s, nameof(string.EndsWith), s, sc), literal, comparison),
            _ => Expression.Call(value, Method(s, nameof(string.Contains), s, sc), literal, comparison),
        };
    }

    /// <summary>
    /// The forms LINQ providers translate: <c>==</c>, <c>StartsWith(string)</c>, ... and, to ignore
    /// case, <c>ToUpper()</c> of the column against the literal upper-cased invariantly in advance.
    /// </summary>
    private Expression TextQuery(TextCriterion node, Expression value)
    {
        var s = typeof(string);
        var subject = node.IgnoreCase ? Expression.Call(value, Method(s, nameof(string.ToUpper))) : value;
        var literal = Slot(node.IgnoreCase ? node.Value.ToUpperInvariant() : node.Value, s);
        return node.Operator switch
        {
            TextOperator.Equal => Expression.Equal(subject, literal),
            TextOperator.StartsWith => CaseExact(node, Expression.Call(subject, Method(s, nameof(string.StartsWith), s), literal), value, literal, fromEnd: false),
            TextOperator.EndsWith => CaseExact(node, Expression.Call(subject, Method(s, nameof(string.EndsWith), s), literal), value, literal, fromEnd: true),
            _ => Expression.Call(subject, Method(s, nameof(string.Contains), s), literal),
        };
    }

    /// <summary>
    /// EF Core translates <c>StartsWith</c>/<c>EndsWith</c> to <c>LIKE</c>, which SQLite (and
    /// case-insensitive collations) match ignoring ASCII case. A case-sensitive test therefore
    /// also compares the prefix or suffix with <c>==</c> (<c>substr(...) = @p</c>), keeping the
    /// <c>LIKE</c> for indexes; the length guard keeps <c>Substring</c> in range in memory.
    /// </summary>
    private static Expression CaseExact(TextCriterion node, Expression like, Expression value, Expression literal, bool fromEnd)
    {
        if (node.IgnoreCase)
        {
            return like;
        }

        var s = typeof(string);
        var length = Expression.Property(value, nameof(string.Length));
        var literalLength = Expression.Property(literal, nameof(string.Length));
        var part = fromEnd
            ? Expression.Call(value, Method(s, nameof(string.Substring), typeof(int)), Expression.Subtract(length, literalLength))
            : Expression.Call(value, Method(s, nameof(string.Substring), typeof(int), typeof(int)), Expression.Constant(0), literalLength);
        return Expression.AndAlso(like, Expression.AndAlso(Expression.GreaterThanOrEqual(length, literalLength), Expression.Equal(part, literal)));
    }

    private Expression Set(SetCriterion node, Expression record, FieldCatalog catalog)
    {
        var field = Use(catalog, node.Field);
        _shape.Append("set(").Append(field.Name).Append(' ').Append(JsonNames.Of(node.Operator)).Append(' ');
        var access = field.Access(record);
        var values = node.Values.Distinct(StringComparer.Ordinal).ToArray();
        Expression result = _target == CompileTarget.InMemory ? SetInMemory(node.Operator, access, values) : SetQuery(node.Operator, access, values);
        _shape.Append(')');
        return result;
    }

    private MethodCallExpression SetInMemory(SetOperator op, Expression access, string[] values)
    {
        var set = Expression.Convert(access, typeof(IEnumerable<string>));
        return op switch
        {
            SetOperator.ContainsAll => Expression.Call(typeof(SetMatching).GetMethod(nameof(SetMatching.ContainsAll), System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!, set, Slot(values, typeof(string[]))),
            SetOperator.ContainsAny => Expression.Call(typeof(SetMatching).GetMethod(nameof(SetMatching.ContainsAny), System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!, set, Slot(values.ToFrozenSet(StringComparer.Ordinal), typeof(FrozenSet<string>))),
            _ => Expression.Call(typeof(SetMatching).GetMethod(nameof(SetMatching.ContainsNone), System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!, set, Slot(values.ToFrozenSet(StringComparer.Ordinal), typeof(FrozenSet<string>))),
        };
    }

    /// <summary><c>set.Any(t =&gt; values.Contains(t))</c> and friends over a parameter array.</summary>
    private BinaryExpression SetQuery(SetOperator op, Expression access, string[] values)
    {
        var array = Slot(values, typeof(string[]));
        var s = typeof(string);
        var contains = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(s);
        var any = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2).MakeGenericMethod(s);
        var all = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.All) && m.GetParameters().Length == 2).MakeGenericMethod(s);
        var tag = Expression.Parameter(s, "t");
        var present = Expression.NotEqual(access, Expression.Constant(null, access.Type));
        var anyOf = Expression.Call(any, access, Expression.Lambda<Func<string, bool>>(Expression.Call(contains, array, tag), tag));
        return op switch
        {
            SetOperator.ContainsAny => Expression.AndAlso(present, anyOf),
            SetOperator.ContainsAll => Expression.AndAlso(present, Expression.Call(all, array, Expression.Lambda<Func<string, bool>>(Expression.Call(contains, access, tag), tag))),
            _ => Expression.OrElse(Expression.Not(present), Expression.Not(anyOf)),
        };
    }
}
