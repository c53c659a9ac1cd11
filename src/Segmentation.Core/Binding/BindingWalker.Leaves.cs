using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Binding;

/// <summary>Binding of the leaf criteria: comparisons, ranges, lists, text, nulls, sets and time windows.</summary>
internal sealed partial class BindingWalker
{
    private ComparisonCriterion BindComparison(ComparisonCriterion node, FieldCatalog catalog, string path)
    {
        var field = Field(catalog, node.Field, path + ".field");
        if (!OperatorRules.AllowsComparison(field.Kind, node.Operator))
        {
            throw NotAllowed(field, $"the operator '{JsonNames.Of(node.Operator)}'", path + ".operator");
        }

        if (PrivacyRules.IsOrdering(node.Operator))
        {
            PrivacyRules.CheckOrdering(field, $"the operator '{JsonNames.Of(node.Operator)}'", path + ".operator");
        }

        return new(node.Field, node.Operator, Value(field, node.Value, path + ".value"));
    }

    private BetweenCriterion BindBetween(BetweenCriterion node, FieldCatalog catalog, string path)
    {
        var field = Field(catalog, node.Field, path + ".field");
        if (!OperatorRules.AllowsBetween(field.Kind))
        {
            throw NotAllowed(field, "between", path + ".kind");
        }

        PrivacyRules.CheckOrdering(field, "between", path + ".kind");

        var low = Value(field, node.Low, path + ".low");
        var high = Value(field, node.High, path + ".high");
        if (DefinitionRules.RangeOrder(low, high) is { } violation)
        {
            throw violation.At(path + ".low");
        }

        return new(node.Field, low, high);
    }

    private InCriterion BindIn(InCriterion node, FieldCatalog catalog, string path)
    {
        var field = Field(catalog, node.Field, path + ".field");
        if (!OperatorRules.AllowsIn(field.Kind))
        {
            throw NotAllowed(field, node.Negated ? "notIn" : "in", path + ".kind");
        }

        CheckListLength(node.Values.Count, path + ".values");
        var values = node.Values.Select((v, i) => Value(field, v, $"{path}.values[{i}]")).ToArray();
        return new(node.Field, values, node.Negated);
    }

    private TextCriterion BindText(TextCriterion node, FieldCatalog catalog, string path)
    {
        var field = Field(catalog, node.Field, path + ".field");
        if (!OperatorRules.AllowsText(field))
        {
            throw NotAllowed(field, $"the text operator '{JsonNames.Of(node.Operator)}'", path + ".operator");
        }

        PrivacyRules.CheckText(field, node.Operator, path + ".operator");

        Value(field, SegmentValue.FromString(node.Value), path + ".value");
        return node;
    }

    private static NullCheckCriterion BindNullCheck(NullCheckCriterion node, FieldCatalog catalog, string path)
    {
        var field = Field(catalog, node.Field, path + ".field");
        return OperatorRules.AllowsNullCheck(field.Kind) ? node : throw NotAllowed(field, node.IsNull ? "isNull" : "hasValue", path + ".kind");
    }

    private SetCriterion BindSet(SetCriterion node, FieldCatalog catalog, string path)
    {
        var field = Field(catalog, node.Field, path + ".field");
        if (field.Kind != FieldKind.StringSet)
        {
            throw NotAllowed(field, $"the set operator '{JsonNames.Of(node.Operator)}'", path + ".operator");
        }

        CheckListLength(node.Values.Count, path + ".values");
        for (var i = 0; i < node.Values.Count; i++)
        {
            Value(field, SegmentValue.FromString(node.Values[i]), $"{path}.values[{i}]", FieldKind.String);
        }

        return node;
    }

    private static TimeWindowCriterion BindTime(TimeWindowCriterion node, FieldCatalog catalog, string path, string fieldProperty)
    {
        var field = Field(catalog, node.Field, $"{path}.{fieldProperty}");
        if (!OperatorRules.AllowsTimeWindow(field.Kind))
        {
            throw NotAllowed(field, "a time window", path);
        }

        var window = node.Window;
        var limit = TimeWindowLimits.MaxAmount(window.Unit);
        if (window.Kind != TimeWindowKind.Between && window.Amount > limit)
        {
            var property = window.Kind == TimeWindowKind.Last ? "last" : "olderThan";
            throw new DefinitionException(
                $"{path}.{property}",
                $"a window of {window.Amount} {JsonNames.Of(window.Unit)} reaches before the calendar begins.",
                $"Expected at most {limit} {JsonNames.Of(window.Unit)} (a thousand years).");
        }

        return node;
    }

    private SegmentValue Value(CatalogField field, SegmentValue value, string path, FieldKind? kind = null) =>
        ValueCoercion.To(kind ?? field.Kind, kind is null ? field : null, value, path, $"'{field.Name}'", _limits);
}
