using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace Segmentation.Compilation;

/// <summary>
/// How an in-memory delegate holds its literals: a <see cref="StrongBox{T}"/> of one value tuple
/// whose fields have the literals' own types, so that reading a literal is a load at a fixed offset
/// (no bounds check, no type test, no unboxing) instead of <c>(Type)holder[i]</c> from an array.
/// </summary>
/// <remarks>
/// The delegate takes the holder as <see cref="object"/> and casts it once per call. Above
/// <see cref="MaxTypedSlots"/> literals the holder stays the <c>object?[]</c> of <see cref="SlotTable"/>,
/// so that value tuples nest at most nine deep.
/// </remarks>
internal sealed class SlotLayout
{
    /// <summary>The most literals held in a value tuple; more stay in an array.</summary>
    internal const int MaxTypedSlots = 63;

    /// <summary>Items of one value tuple level; the eighth field is the rest.</summary>
    private const int PerLevel = 7;

    /// <summary>The compiled holder factories, by holder type (the same slot types make the same holder); weak, so types can unload.</summary>
    private static readonly ConditionalWeakTable<Type, Func<object?[], object>> Factories = [];

    private readonly Type[] _types;
    private readonly Type? _tuple;

    private SlotLayout(Type[] types)
    {
        _types = types;
        if (types.Length is > 0 and <= MaxTypedSlots)
        {
            _tuple = TupleType(0);
            HolderType = typeof(StrongBox<>).MakeGenericType(_tuple);
        }
        else
        {
            HolderType = typeof(object[]);
        }
    }

    /// <summary>Gets the type the delegate casts its holder to: a box of a value tuple, or <c>object[]</c>.</summary>
    internal Type HolderType { get; }

    /// <summary>Gets a value indicating whether the literals are typed fields (rather than array elements).</summary>
    internal bool IsTyped => _tuple is not null;

    internal static SlotLayout For(IReadOnlyList<Type> types) => new([.. types]);

    /// <summary>The holder for one evaluation from the literal values in slot order.</summary>
    internal object Create(object?[] values)
    {
        if (_tuple is null)
        {
            return values;
        }

        if (!Factories.TryGetValue(HolderType, out var factory))
        {
            factory = Factories.GetValue(HolderType, _ => CompileFactory());
        }

        return factory(values);
    }

    /// <summary>
    /// The body of <paramref name="lambda"/> (literal array first) reading each literal from the holder
    /// variable <c>Slots</c> (typed fields, or the array); <c>Slots</c> is <see langword="null"/> when there are no literals.
    /// </summary>
    internal (ParameterExpression? Slots, Expression Body) Rebind(LambdaExpression lambda)
    {
        if (_types.Length == 0)
        {
            return (null, lambda.Body);
        }

        var slots = Expression.Variable(HolderType, "slots");
        return (slots, new Replacer(lambda.Parameters[0], slots, typed: IsTyped).Visit(lambda.Body));
    }

    /// <summary>
    /// <paramref name="lambda"/> (literal array first) as a lambda taking the holder as
    /// <see cref="object"/>, cast once per call to <paramref name="slots"/>, which <paramref name="body"/> (from <see cref="Rebind"/>) reads.
    /// </summary>
    internal static LambdaExpression Retype(LambdaExpression lambda, ParameterExpression? slots, Expression body)
    {
        var holder = Expression.Parameter(typeof(object), "holder");
        var block = slots is null
            ? body
            : Expression.Block(body.Type, [slots], Expression.Assign(slots, Expression.Convert(holder, slots.Type)), body);
        ParameterExpression[] parameters = [holder, .. lambda.Parameters.Skip(1)];
        var delegateType = Expression.GetFuncType([.. parameters.Select(p => p.Type), lambda.ReturnType]);
        return Expression.Lambda(delegateType, block, lambda.Name, parameters);
    }

    /// <summary>The field of slot <paramref name="index"/>: <c>slots.Value.Rest...ItemN</c>.</summary>
    private static MemberExpression Field(Expression slots, int index)
    {
        Expression level = Expression.Field(slots, nameof(StrongBox<int>.Value));
        for (var i = 0; i < index / PerLevel; i++)
        {
            level = Expression.Field(level, "Rest");
        }

        return Expression.Field(level, "Item" + ((index % PerLevel) + 1));
    }

    private Type TupleType(int start)
    {
        var count = _types.Length - start;
        if (count <= PerLevel)
        {
            return ValueTupleOf(count).MakeGenericType(_types[start..]);
        }

        return ValueTupleOf(PerLevel + 1).MakeGenericType([.. _types[start..(start + PerLevel)], TupleType(start + PerLevel)]);
    }

    /// <summary><c>values =&gt; new StrongBox&lt;(T1, ..., Tn)&gt;(((T1)values[0], ..., (Tn)values[n - 1]))</c>, compiled once per holder type.</summary>
    private Func<object?[], object> CompileFactory()
    {
        var values = Expression.Parameter(typeof(object[]), "values");
        var box = Expression.New(HolderType.GetConstructor([_tuple!])!, NewTuple(values, 0));
        return Expression.Lambda<Func<object?[], object>>(box, values).Compile();
    }

    private NewExpression NewTuple(ParameterExpression values, int start)
    {
        var type = TupleType(start);
        var count = Math.Min(PerLevel, _types.Length - start);
        var items = new List<Expression>();
        for (var i = start; i < start + count; i++)
        {
            items.Add(Expression.Convert(Expression.ArrayIndex(values, Expression.Constant(i)), _types[i]));
        }

        if (_types.Length - start > PerLevel)
        {
            items.Add(NewTuple(values, start + PerLevel));
        }

        return Expression.New(type.GetConstructors().Single(c => c.GetParameters().Length == items.Count), items);
    }

    private static Type ValueTupleOf(int arity) => arity switch
    {
        1 => typeof(ValueTuple<>),
        2 => typeof(ValueTuple<,>),
        3 => typeof(ValueTuple<,,>),
        4 => typeof(ValueTuple<,,,>),
        5 => typeof(ValueTuple<,,,,>),
        6 => typeof(ValueTuple<,,,,,>),
        7 => typeof(ValueTuple<,,,,,,>),
        _ => typeof(ValueTuple<,,,,,,,>),
    };

    /// <summary>Replaces <c>(Type)array[i]</c> by the typed field, or the array by the cast holder.</summary>
    private sealed class Replacer(ParameterExpression array, ParameterExpression slots, bool typed) : ExpressionVisitor
    {
        protected override Expression VisitUnary(UnaryExpression node)
        {
            if (typed
                && node.NodeType == ExpressionType.Convert
                && node.Operand is BinaryExpression { NodeType: ExpressionType.ArrayIndex, Left: var left, Right: ConstantExpression { Value: int index } }
                && left == array)
            {
                return Field(slots, index);
            }

            return base.VisitUnary(node);
        }

        protected override Expression VisitParameter(ParameterExpression node) => node == array ? slots : node;
    }
}
