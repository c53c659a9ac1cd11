using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>The criteria the operator extension methods share.</summary>
internal static class Operators
{
    internal static TNext Compare<TNext, TValue>(IFieldBuilder<TNext, TValue> field, ComparisonOperator op, object? value)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Add(field, () => new ComparisonCriterion(field.Field.Name, op, DslValues.From(value, field.Field.Name)));
    }

    internal static TNext In<TNext, TValue, TItem>(IFieldBuilder<TNext, TValue> field, TItem[] values, bool negated)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Add(field, () => new InCriterion(field.Field.Name, DslValues.FromMany(values, field.Field.Name), negated));
    }

    internal static TNext Between<TNext, TValue>(IFieldBuilder<TNext, TValue> field, object low, object high)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Add(field, () => new BetweenCriterion(field.Field.Name, DslValues.From(low, field.Field.Name), DslValues.From(high, field.Field.Name)));
    }

    internal static TNext Window<TNext, TValue>(IFieldBuilder<TNext, TValue> field, TimeWindow window)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Add(field, () => new TimeWindowCriterion(field.Field.Name, window));
    }

    /// <summary>A relative window, whose amount is checked at the criterion's DSL location.</summary>
    internal static TNext Window<TNext, TValue>(IFieldBuilder<TNext, TValue> field, Func<TimeWindow> window)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Window(field, DslLocation.Run(DslLocation.Of(field), window));
    }

    internal static TNext Text<TNext>(IFieldBuilder<TNext, string?> field, TextOperator op, string value, bool ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(value);
        return Add(field, () => new TextCriterion(field.Field.Name, op, value, ignoreCase));
    }

    internal static TNext Set<TNext>(IFieldBuilder<TNext, IEnumerable<string>?> field, SetOperator op, string[] values)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
        {
            throw new SegmentationException($"The list of values for '{field.Field.Name}' is empty. Give at least one value.", field.Field.Name);
        }

        if (Array.IndexOf(values, null) >= 0)
        {
            throw new SegmentationException($"The list of values for '{field.Field.Name}' holds null. Give strings only.", field.Field.Name);
        }

        return Add(field, () => new SetCriterion(field.Field.Name, op, values));
    }

    internal static TNext NullCheck<TNext, TValue>(IFieldBuilder<TNext, TValue> field, bool isNull)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Add(field, () => new NullCheckCriterion(field.Field.Name, isNull));
    }

    /// <summary>Constructs a criterion over a picked field and adds it; a broken rule is reported at the criterion's DSL location.</summary>
    internal static TNext Add<TNext, TValue>(IFieldBuilder<TNext, TValue> field, Func<Criterion> make)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Add(DslLocation.Run(DslLocation.Of(field), make));
    }
}
