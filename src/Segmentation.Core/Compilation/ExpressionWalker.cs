using System.Linq.Expressions;
using System.Text;
using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Compilation;

/// <summary>
/// Turns a bound definition into one expression over a record, reading literals from a holder
/// array, and writes the definition's shape (the tree with literals abstracted) as it goes.
/// </summary>
/// <remarks>
/// The walk is deterministic: two definitions of the same shape put their literals in the same
/// slots, which is what lets a compiled delegate be shared by shape.
/// </remarks>
internal sealed partial class ExpressionWalker
{
    /// <summary>The name of the customer-record parameter; element parameters are named differently.</summary>
    internal const string RecordParameterName = "record";

    private readonly CompileTarget _target;
    private readonly StringBuilder _shape = new();
    private readonly ReferenceScope _references;
    private readonly DefinitionLimits _limits;
    private List<BinaryExpression>? _hoisted;

    internal ExpressionWalker(CompileTarget target, ReferenceScope references, DefinitionLimits limits)
    {
        _target = target;
        _references = references;
        _limits = limits;
    }

    /// <summary>Gets the holder parameter: <c>object?[]</c> of literals.</summary>
    internal ParameterExpression Holder { get; } = Expression.Parameter(typeof(object[]), "p");

    /// <summary>Gets the parameter carrying the results of async criteria, evaluated before the delegate runs.</summary>
    internal ParameterExpression AsyncResults { get; } = Expression.Parameter(typeof(bool[]), "asyncResults");

    internal SlotTable Slots { get; } = new();

    internal string Shape => _shape.ToString();

    /// <summary>Gets the names of the in-memory-only custom criteria and fields used, in order of use, without repeats.</summary>
    internal List<string> InMemoryOnly { get; } = [];

    /// <summary>Gets the async criteria, in the order of their result slots.</summary>
    internal List<AsyncCriterionCall> AsyncCalls { get; } = [];

    internal Expression Build(Criterion criterion, Expression record, FieldCatalog catalog, string path, int depth)
    {
        if (depth > _limits.MaxDepth)
        {
            throw new DefinitionException(path, $"criteria are nested more than {_limits.MaxDepth} deep (segment references included).", "Flatten the definition or raise DefinitionLimits.MaxDepth.");
        }

        switch (criterion)
        {
            case AllCriterion all:
                return Join("all", all.Criteria, ExpressionType.AndAlso, record, catalog, path, depth);
            case AnyCriterion any:
                return Join("any", any.Criteria, ExpressionType.OrElse, record, catalog, path, depth);
            case NotCriterion not:
                _shape.Append("not(");
                var operand = Build(not.Criterion, record, catalog, path + ".criterion", depth + 1);
                _shape.Append(')');
                return Expression.Not(operand);
            case ComparisonCriterion comparison:
                return Comparison(comparison, record, catalog);
            case BetweenCriterion between:
                return Between(between, record, catalog);
            case InCriterion @in:
                return In(@in, record, catalog);
            case TextCriterion text:
                return Text(text, record, catalog, path);
            case NullCheckCriterion nullCheck:
                return NullCheck(nullCheck, record, catalog);
            case SetCriterion set:
                return Set(set, record, catalog);
            case TimeWindowCriterion time:
                return Time(time, record, catalog);
            case AgeCriterion age:
                return Age(age, record, catalog);
            case GeoRadiusCriterion geo:
                return GeoRadius(geo, record, catalog);
            case AggregateCriterion aggregate:
                return Aggregate(aggregate, record, catalog, path, depth);
            case ConsentCriterion consent:
                _shape.Append("consent:");
                return Aggregate(ConsentLowering.Lower(consent, catalog), record, catalog, path, depth);
            case SegmentReferenceCriterion reference:
                return Reference(reference, record, catalog, path, depth);
            case CustomCriterion custom:
                return Custom(custom, record, catalog, path);
            default:
                throw new DefinitionException(path, $"{criterion.GetType().Name} is not a criterion this version can compile.", "Use the criteria of Segmentation.Definitions.");
        }
    }

    private Expression Join(string name, IReadOnlyList<Criterion> children, ExpressionType kind, Expression record, FieldCatalog catalog, string path, int depth)
    {
        _shape.Append(name).Append('(');
        var operands = new Expression[children.Count];
        for (var i = 0; i < operands.Length; i++)
        {
            operands[i] = Build(children[i], record, catalog, $"{path}.criteria[{i}]", depth + 1);
            _shape.Append(',');
        }

        _shape.Append(')');
        return BalancedTree.Join(operands, kind);
    }

    /// <summary>Reads a literal from the holder, typed.</summary>
    private Expression Slot(object? value, Type type)
    {
        _shape.Append('$');
        return Read(Slots.Add(value), type);
    }

    /// <summary>
    /// The literal a value is tested for equality with. In memory a string literal is a constant and
    /// part of the shape: the JIT then compares a short literal with a length test and a machine-word
    /// compare instead of a call (measured about 35 ns per record on a three-country list), at the
    /// price of one delegate per distinct string literal. Queries keep every literal a parameter.
    /// </summary>
    private Expression EqualityOperand(object? value, Type type)
    {
        if (_target != CompileTarget.InMemory || value is not string text)
        {
            return Slot(value, type);
        }

        // Length-prefixed, so no two lists of strings can write the same shape text.
        _shape.Append('"').Append(text.Length).Append(':').Append(text);
        return Expression.Constant(text, type);
    }

    /// <summary>Reads a bound of a relative time window, filled from the as-of instant per evaluation.</summary>
    private Expression TimeSlot(TimeWindow window, bool isEnd, Type type)
    {
        _shape.Append(isEnd ? "$end" : "$start");
        return Read(Slots.AddTime(window, isEnd, type), type);
    }

    /// <summary>
    /// Reads slot <paramref name="index"/>. Inside an in-memory aggregate loop the read is hoisted
    /// into a variable assigned before the loop, so it is unboxed once per record, not per element.
    /// </summary>
    private Expression Read(int index, Type type)
    {
        Slots.SetType(index, type);
        var read = Expression.Convert(Expression.ArrayIndex(Holder, Expression.Constant(index)), type);
        if (_hoisted is null)
        {
            return read;
        }

        var variable = Expression.Variable(type, "slot" + index);
        _hoisted.Add(Expression.Assign(variable, read));
        return variable;
    }

    private static CatalogField FieldOf(FieldCatalog catalog, string name) =>
        catalog.FindField(name) ?? throw new SegmentationException($"'{name}' is not a field of {catalog.Title}; bind the definition to the catalog it is compiled with.", name);

    /// <summary>Finds a field the segment reads and notes it when only memory can read it (a custom field behind a conversion call, a predicted field).</summary>
    private CatalogField Use(FieldCatalog catalog, string name)
    {
        var field = FieldOf(catalog, name);
        if (!field.IsTranslatable && !InMemoryOnly.Contains(field.Name, StringComparer.Ordinal))
        {
            InMemoryOnly.Add(field.Name);
        }

        return field;
    }
}
