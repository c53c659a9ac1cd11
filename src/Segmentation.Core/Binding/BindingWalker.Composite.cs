using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Binding;

/// <summary>Binding of aggregates (against the element catalog) and custom criteria (against their parameters).</summary>
internal sealed partial class BindingWalker
{
    private AggregateCriterion BindAggregate(AggregateCriterion node, FieldCatalog catalog, string path, int depth)
    {
        var collection = Field(catalog, node.Collection, path + ".collection");
        if (collection.ElementCatalog is not { } elements)
        {
            throw NotAllowed(collection, "an aggregate", path + ".collection");
        }

        var resultKind = FieldKind.Number;
        if (node.ValueField is { } valueFieldName)
        {
            var valueField = Field(elements, valueFieldName, path + ".field");
            if (!OperatorRules.AllowsAggregateOf(node.Function, valueField.Kind))
            {
                throw new DefinitionException(
                    path + ".function",
                    $"{JsonNames.Of(node.Function)} is not valid over the {ValueCoercion.Describe(valueField.Kind)} field '{valueField.Name}'.",
                    "Expected sum or average over a number field, min or max over a number, date or date-time field.");
            }

            if (node.Function is AggregateFunction.Min or AggregateFunction.Max)
            {
                resultKind = valueField.Kind;
                if (PrivacyRules.IsOrdering(node.Operator))
                {
                    PrivacyRules.CheckOrdering(valueField, $"{JsonNames.Of(node.Function)} compared with '{JsonNames.Of(node.Operator)}'", path + ".operator");
                }
            }
        }

        if (!OperatorRules.AllowsComparison(resultKind, node.Operator))
        {
            throw new DefinitionException(path + ".operator", $"the operator '{JsonNames.Of(node.Operator)}' cannot compare an aggregate.", "Expected = != < <= > >=.");
        }

        var value = ValueCoercion.To(resultKind, null, node.Value, path + ".value", $"the {JsonNames.Of(node.Function)} of '{collection.Name}'", _limits);
        var filter = node.Filter is null ? null : Bind(node.Filter, elements, path + ".filter", depth + 1);
        var window = node.Window is null ? null : BindTime(node.Window, elements, path + ".window", "field");
        return new AggregateCriterion(node.Collection, node.Function, node.ValueField, node.Operator, value, filter, window);
    }

    private CustomCriterion BindCustom(CustomCriterion node, FieldCatalog catalog, string path)
    {
        if (catalog.FindCriterion(node.Name) is not { } criterion)
        {
            var suggestion = catalog.SuggestCriterion(node.Name);
            var hint = suggestion is not null
                ? $"Did you mean '{suggestion}'?"
                : catalog.Criteria.Count == 0
                    ? "No custom criteria are registered for this catalog; register one with AddCriterion."
                    : $"Expected one of: {string.Join(", ", catalog.Criteria.Select(c => c.Name))}.";
            throw new DefinitionException(path + ".name", $"'{node.Name}' is not a registered criterion of {catalog.Title}.", hint);
        }

        var bound = new List<KeyValuePair<string, Segmentation.Definitions.SegmentValue>>();
        foreach (var parameter in criterion.Parameters)
        {
            var argumentPath = $"{path}.arguments.{parameter.Name}";
            if (node.Arguments.TryGetValue(parameter.Name, out var value))
            {
                bound.Add(new(parameter.Name, ValueCoercion.To(ToFieldKind(parameter.Kind), null, value, argumentPath, $"the parameter '{parameter.Name}'", _limits)));
            }
            else if (parameter.IsRequired)
            {
                throw new DefinitionException(argumentPath, $"the criterion '{criterion.Name}' needs the argument '{parameter.Name}'.", $"Expected a {ValueCoercion.Describe(parameter.Kind)}.");
            }
        }

        foreach (var name in node.Arguments.Keys)
        {
            if (!criterion.Parameters.Any(p => string.Equals(p.Name, name, StringComparison.Ordinal)))
            {
                var known = criterion.Parameters.Count == 0 ? "none" : string.Join(", ", criterion.Parameters.Select(p => p.Name));
                throw new DefinitionException($"{path}.arguments.{name}", $"the criterion '{criterion.Name}' has no parameter '{name}'.", $"Expected parameters: {known}.");
            }
        }

        return new CustomCriterion(node.Name, bound);
    }

    private static FieldKind ToFieldKind(ValueKind kind) => kind switch
    {
        ValueKind.Boolean => FieldKind.Boolean,
        ValueKind.Number => FieldKind.Number,
        ValueKind.String => FieldKind.String,
        ValueKind.DateTime => FieldKind.DateTime,
        _ => FieldKind.Date,
    };
}
