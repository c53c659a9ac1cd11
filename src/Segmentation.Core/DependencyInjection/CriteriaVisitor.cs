using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.DependencyInjection;

/// <summary>Visits every node of a bound criteria tree with its catalog (element catalogs inside aggregate filters) and JSON path.</summary>
internal static class CriteriaVisitor
{
    internal static void Visit(Criterion criterion, FieldCatalog catalog, string path, Action<Criterion, FieldCatalog, string> visit)
    {
        visit(criterion, catalog, path);
        switch (criterion)
        {
            case AllCriterion all:
                VisitList(all.Criteria, catalog, path, visit);
                break;
            case AnyCriterion any:
                VisitList(any.Criteria, catalog, path, visit);
                break;
            case NotCriterion not:
                Visit(not.Criterion, catalog, path + ".criterion", visit);
                break;
            case AggregateCriterion { Filter: { } filter } aggregate when catalog.FindField(aggregate.Collection)?.ElementCatalog is { } elements:
                Visit(filter, elements, path + ".filter", visit);
                break;
        }
    }

    private static void VisitList(IReadOnlyList<Criterion> children, FieldCatalog catalog, string path, Action<Criterion, FieldCatalog, string> visit)
    {
        for (var i = 0; i < children.Count; i++)
        {
            Visit(children[i], catalog, $"{path}.criteria[{i}]", visit);
        }
    }
}
