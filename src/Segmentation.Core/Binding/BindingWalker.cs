using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Binding;

/// <summary>Walks a criteria tree once, checking each node and rebuilding it with coerced values.</summary>
/// <remarks>Recursion is bounded by <see cref="DefinitionLimits.MaxDepth"/>, checked before descending.</remarks>
internal sealed partial class BindingWalker
{
    private readonly DefinitionLimits _limits;
    private int _count;

    internal BindingWalker(DefinitionLimits limits) => _limits = limits;

    internal Criterion Bind(Criterion criterion, FieldCatalog catalog, string path, int depth)
    {
        if (depth > _limits.MaxDepth)
        {
            throw new DefinitionException(path, $"criteria are nested more than {_limits.MaxDepth} deep.", "Flatten the definition (all/any take many children) or raise DefinitionLimits.MaxDepth.");
        }

        if (++_count > _limits.MaxCriteria)
        {
            throw new DefinitionException(path, $"the definition holds more than {_limits.MaxCriteria} criteria.", "Split it into several segments or raise DefinitionLimits.MaxCriteria.");
        }

        return criterion switch
        {
            AllCriterion all => new AllCriterion(BindList(all.Criteria, catalog, path, depth)),
            AnyCriterion any => new AnyCriterion(BindList(any.Criteria, catalog, path, depth)),
            NotCriterion not => new NotCriterion(Bind(not.Criterion, catalog, path + ".criterion", depth + 1)),
            ComparisonCriterion comparison => BindComparison(comparison, catalog, path),
            BetweenCriterion between => BindBetween(between, catalog, path),
            InCriterion @in => BindIn(@in, catalog, path),
            TextCriterion text => BindText(text, catalog, path),
            NullCheckCriterion nullCheck => BindNullCheck(nullCheck, catalog, path),
            SetCriterion set => BindSet(set, catalog, path),
            TimeWindowCriterion time => BindTime(time, catalog, path, "field"),
            AgeCriterion age => BindAge(age, catalog, path),
            GeoRadiusCriterion geo => BindGeo(geo, catalog, path),
            ConsentCriterion consent => BindConsent(consent, catalog, path),
            AggregateCriterion aggregate => BindAggregate(aggregate, catalog, path, depth),
            SegmentReferenceCriterion reference => reference,
            CustomCriterion custom => BindCustom(custom, catalog, path),
            _ => throw new DefinitionException(path, $"{criterion.GetType().Name} is not a criterion this version understands.", "Use the criteria of Segmentation.Definitions."),
        };
    }

    private Criterion[] BindList(IReadOnlyList<Criterion> children, FieldCatalog catalog, string path, int depth)
    {
        CheckListLength(children.Count, path + ".criteria");
        var bound = new Criterion[children.Count];
        for (var i = 0; i < bound.Length; i++)
        {
            bound[i] = Bind(children[i], catalog, $"{path}.criteria[{i}]", depth + 1);
        }

        return bound;
    }

    private void CheckListLength(int count, string path)
    {
        if (count > _limits.MaxListLength)
        {
            throw new DefinitionException(path, $"the list has {count} items.", $"Expected at most {_limits.MaxListLength}; split it or raise DefinitionLimits.MaxListLength.");
        }
    }

    private static CatalogField Field(FieldCatalog catalog, string name, string path)
    {
        if (catalog.FindField(name) is { } field)
        {
            return field;
        }

        var suggestion = catalog.Suggest(name);
        var hint = suggestion is null
            ? $"Expected one of the catalog's fields: {string.Join(", ", catalog.Fields.Select(f => f.Name).Take(20))}{(catalog.Fields.Count > 20 ? ", ..." : string.Empty)}."
            : $"Did you mean '{suggestion}'?";
        throw new DefinitionException(path, $"'{name}' is not a field of {catalog.Title}.", hint);
    }

    private static DefinitionException NotAllowed(CatalogField field, string what, string path) =>
        new(path, $"{what} is not valid for the {ValueCoercion.Describe(field.Kind)} field '{field.Name}'.", $"Expected one of: {OperatorRules.Offered(field)}.");
}
